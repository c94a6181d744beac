// The `structura` executable: the bundle's entry point (build/build-cli.mjs).
import { main } from './main.node';

process.exitCode = await main(process.argv.slice(2));
