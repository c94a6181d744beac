// Child process: one save through the real writer, outcome printed as JSON. Used
// where the test needs another user (permission test) or a separate process.
import { readFileSync } from 'node:fs';
import { writeDocumentAtomic } from '../../../../electron/fileService';
import { leading } from '../../../support/defined';

const [file, textFile] = leading(process.argv.slice(2), 2);
const outcome = await writeDocumentAtomic(file, readFileSync(textFile, 'utf8'));
console.log(JSON.stringify(outcome));
