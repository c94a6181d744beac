#!/usr/bin/env node
// `structura` command: runs the TypeScript CLI directly, so `npx structura`
// works straight after `npm ci` with no build step.
import './register.mjs';

const { main } = await import('./main.node.ts');
process.exitCode = await main(process.argv.slice(2));
