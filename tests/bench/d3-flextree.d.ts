// d3-flextree ships no types; the benchmark uses only this call.
declare module 'd3-flextree' {
  export function flextree(options: { nodeSize: (node: any) => [number, number] }): (root: any) => unknown;
}
