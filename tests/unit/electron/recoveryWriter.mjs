// Child process for the recovery test: autosaves like the app does, then waits to be killed.
import { RecoveryStore } from '../../../electron/recovery.ts';

const [folder, savedAt] = process.argv.slice(2);
const store = new RecoveryStore(folder);
await store.write({ text: '{"unsaved":"a week of work"}', name: 'restructure.structura', handle: null, savedAt: Number(savedAt) });
console.log('saved');
setInterval(() => {}, 1000);
