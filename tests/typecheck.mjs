// `npm run typecheck`: TypeScript's strict check, once per process, so that a
// DOM or Node API used where it does not exist is a type error:
//   tsconfig.json          the whole tree as editors see it (tests included)
//   tsconfig.shared.json   shared/: ECMAScript only (no DOM, no Node)
//   tsconfig.renderer.json renderer/: the DOM, no Node
//   tsconfig.node.json     electron/ main, *.node.ts, build/: Node, no DOM
//   tsconfig.preload.json  the preload: the DOM and Electron's renderer side
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const TYPE_CHECKS = ['tsconfig.json', 'tsconfig.shared.json', 'tsconfig.renderer.json', 'tsconfig.node.json', 'tsconfig.preload.json'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let failed = 0;
  for (const config of TYPE_CHECKS) {
    const child = spawnSync('npx', ['tsc', '-p', config, '--noEmit'], { stdio: 'inherit' });
    console.log(`${config}: ${child.status === 0 ? 'ok' : 'errors'}`);
    if (child.status !== 0) failed++;
  }
  process.exitCode = failed ? 1 : 0;
}
