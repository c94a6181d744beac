// What a CLI command may touch: arguments, output streams and the file system.
// Commands receive it as a parameter so tests can run them in-process.
import { readFile, writeFile } from 'node:fs/promises';
import { at } from '../must';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
};

/** A user error: printed as one line, exit code 1. */
export class CliError extends Error {}

/** The one positional argument, or a CliError with the usage when there is none or more than one. */
export function onlyPositional(positionals: readonly string[], usage: string): string {
  const [only, ...more] = positionals;
  if (only === undefined || more.length) throw new CliError(usage);
  return only;
}

/** Minimal flag parser: --name value, --flag, and positionals. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; flags?: string[]; aliases?: Record<string, string> },
): { positionals: string[]; values: Map<string, string>; flags: Set<string> } {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const given = at(args, i, 'argument');
    const arg = spec.aliases?.[given] ?? given;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.flags?.includes(name) && eq < 0) {
      flags.add(name);
    } else if (spec.values?.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value`);
      values.set(name, value);
    } else {
      throw new CliError(`unknown option --${name}`);
    }
  }
  return { positionals, values, flags };
}
