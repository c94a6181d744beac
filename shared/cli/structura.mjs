#!/usr/bin/env node
// `structura` command: a thin launcher that runs the TypeScript CLI through tsx,
// so `npx structura` works straight after `npm ci` with no build step.
import { register as registerHook } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
// Registered last so it runs first: maps './x.node' to './x.node.ts' before tsx resolves it.
registerHook('./resolveNodeSuffix.mjs', import.meta.url);
const { main } = await import('./main.node.ts');
process.exitCode = await main(process.argv.slice(2));
