// How long `structura validate` takes on a small file, as a user's shell sees
// it (a new process each time), beside a bare `node -e 0` on the same machine
// at the same moment: what is left after Node's own start is Structura's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../../build/build-cli.mjs';
import { serializeDocument } from '../../shared/model/load';
import { herefordshireSample } from '../../shared/sample/herefordshire';
import { defined } from '../support/defined';

function wallMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return performance.now() - start;
}

const median = (xs: number[]) => defined([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)], '[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]');

export default async function () {
  const scratch = join(process.cwd(), '.tmp', 'bench-cli');
  mkdirSync(scratch, { recursive: true });
  const launcher = await buildCli(join(scratch, 'dist'));
  const file = join(scratch, 'sample.structura');
  writeFileSync(file, serializeDocument(herefordshireSample()));
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 7; i++) {
    // In turns, so a busy spell on the machine falls on both alike.
    bare.push(wallMs(['-e', '0']));
    cli.push(wallMs([launcher, 'validate', file]));
  }
  console.log(
    `structura validate (sample file, new process): median ${median(cli).toFixed(0)} ms, range ${Math.min(...cli).toFixed(0)}–${Math.max(...cli).toFixed(0)} ms (target < 250 ms)`,
  );
  console.log(`  node -e 0 at the same time: median ${median(bare).toFixed(0)} ms; Structura's own share ${(median(cli) - median(bare)).toFixed(0)} ms`);
}
