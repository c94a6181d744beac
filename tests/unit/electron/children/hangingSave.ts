// Child process: a save that stops just before its rename (as if the process were
// killed mid-save), so its temporary file is on disk while the test decides.
import { writeDocumentAtomic } from '../../../../electron/fileService';
import { defined } from '../../../support/defined';

const file = defined(process.argv.slice(2)[0]);
// A pending promise alone would let the process exit: stay alive until killed.
setInterval(() => undefined, 60_000);
void writeDocumentAtomic(file, 'a save that never finishes', {
  renameFile: () => {
    console.log('temporary written');
    return new Promise<void>(() => undefined);
  },
});
