// Child process of the recovery test: autosaves like the app does, says so, then
// waits to be killed.
import { claimRun, RecoveryStore } from '../../../../electron/recovery';
import { leading } from '../../../support/defined';

const [folder, key, savedAt] = leading(process.argv.slice(2), 3);
// Alive as the app is: its run marked with its process id.
await claimRun(folder, key.slice(0, key.lastIndexOf('-')));
await new RecoveryStore(folder, key).write({
  text: '{"unsaved":"a week of work"}',
  name: 'restructure.structura',
  handle: null,
  path: '/home/hr/restructure.structura',
  savedAt: Number(savedAt),
});
console.log('saved');
setInterval(() => {}, 1000);
