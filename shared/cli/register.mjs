// Lets Node run the TypeScript sources directly (CLI, benchmarks): tsx compiles
// them, and a resolve hook maps './x.node' (our Node-only modules, *.node.ts)
// to the TypeScript file, since Node takes ".node" for a native addon.
import { register as registerHook } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
// Registered last so it runs first, before tsx resolves the specifier.
registerHook('./resolveNodeSuffix.mjs', import.meta.url);
