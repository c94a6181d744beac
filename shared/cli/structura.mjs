#!/usr/bin/env node
// `structura` command: a thin launcher that runs the TypeScript CLI through tsx,
// so `npx structura` works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.node.ts');
process.exitCode = await main(process.argv.slice(2));
