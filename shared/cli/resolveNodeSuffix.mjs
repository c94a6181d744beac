// Module resolve hook for the CLI launcher. Node-only modules are named
// `*.node.ts` and imported as './x.node'; Node would take ".node" for a native
// addon extension, so this tries the TypeScript file first.
export async function resolve(specifier, context, nextResolve) {
  if (/^(\.\.?\/|\/|file:).*\.node$/.test(specifier)) {
    try {
      return await nextResolve(specifier + '.ts', context);
    } catch {
      // fall through to the ordinary resolution
    }
  }
  return nextResolve(specifier, context);
}
