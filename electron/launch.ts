// Files handed to the app by the operating system: on the command line (Windows
// and Linux double-click, `structura plan.structura`) and in a second instance's
// argv. Pure, so it is tested without Electron.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCUMENT = /\.(structura|json)$/i;

/**
 * The document named in `argv`, resolved against the folder the command was run
 * in, or null. Skips the executable, the app folder of `electron .` and every
 * switch (Chromium adds its own, e.g. --allow-file-access-from-files). Linux
 * desktop files pass %U, so a file:// URL is accepted too.
 */
export function documentFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!DOCUMENT.test(path)) continue;
    return isAbsolute(path) ? path : resolve(workingDirectory, path);
  }
  return null;
}
