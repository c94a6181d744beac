// Child process for the kill test: saves large documents over and over through
// the real atomic writer until it is killed. Each version is valid JSON whose
// body is checked by a checksum, so a torn or mixed file cannot pass for whole.
import { createHash } from 'node:crypto';
import { writeFileAtomic } from '../../../electron/fileService.ts';

const [file, sizeArg] = process.argv.slice(2);
const size = Number(sizeArg);
for (let version = 1; ; version++) {
  const body = String(version % 10).repeat(size);
  const sum = createHash('sha256').update(body).digest('hex');
  const outcome = await writeFileAtomic(file, JSON.stringify({ version, sum, body }), { backup: true });
  if (!outcome.ok) {
    console.error(JSON.stringify(outcome));
    process.exit(2);
  }
  if (version === 1) console.log('ready');
}
