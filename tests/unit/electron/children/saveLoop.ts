// Child process of the kill test: saves large documents over and over through the
// real atomic writer until it is killed. Bodies alternate between two versions
// (A and B); each file is valid JSON carrying its own checksum, so a torn or mixed
// file cannot pass for a whole one. Prints "saved N" after each save returns.
import { createHash } from 'node:crypto';
import { writeDocumentAtomic } from '../../../../electron/fileService';
import { defined, leading } from '../../../support/defined';

const [file, sizeArg, firstArg] = leading(process.argv.slice(2), 3);
const size = Number(sizeArg);
const bodies = ['A', 'B'].map((letter) => {
  const body = letter.repeat(size);
  return { letter, body, sum: createHash('sha256').update(body).digest('hex') };
});
for (let version = Number(firstArg); ; version++) {
  const { letter, body, sum } = defined(bodies[version % 2]);
  const outcome = await writeDocumentAtomic(file, JSON.stringify({ version, letter, sum, body }));
  if (!outcome.ok) {
    console.error(JSON.stringify(outcome));
    process.exit(2);
  }
  process.stdout.write(`saved ${version}\n`);
}
