// Which document the operating system handed over on the command line.
import { describe, expect, it } from 'vitest';
import { documentFromArgv } from '../../../electron/launch';

describe('files from the command line', () => {
  it('finds the document among Chromium switches, resolved against the folder it was run in', () => {
    expect(documentFromArgv(['/opt/Structura/structura', '--no-sandbox', 'plans/pst.structura'], '/home/jo')).toBe('/home/jo/plans/pst.structura');
    expect(documentFromArgv(['/usr/bin/electron', '.', '/tmp/a.structura'], '/work')).toBe('/tmp/a.structura');
    expect(documentFromArgv(['structura', '--allow-file-access-from-files', '--inspect=9229'], '/')).toBeNull();
    expect(documentFromArgv(['structura', 'notes.txt'], '/')).toBeNull();
    expect(documentFromArgv(['/home/jo/x.structura'], '/')).toBeNull(); // argv[0] is the program
  });

  it('accepts the file:// URL a Linux desktop entry passes for %U', () => {
    expect(documentFromArgv(['structura', 'file:///home/jo/My%20Plan.structura'], '/')).toBe('/home/jo/My Plan.structura');
    expect(documentFromArgv(['structura', 'file://remote-host/share/a.structura'], '/')).toBeNull();
  });
});
