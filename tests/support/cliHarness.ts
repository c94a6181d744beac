// Runs the `structura` command in-process, capturing what it prints.
import { readFile, writeFile } from 'node:fs/promises';
import { main } from '../../shared/cli/main.node';
import type { CliIO } from '../../shared/cli/io.node';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    out: (text) => (stdout += text.endsWith('\n') ? text : text + '\n'),
    err: (text) => (stderr += text.endsWith('\n') ? text : text + '\n'),
    readText: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
