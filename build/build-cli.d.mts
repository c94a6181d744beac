/** Bundles the CLI into `outdir` (default dist-cli/) and returns the executable's path. */
export function buildCli(outdir?: string): Promise<string>;
