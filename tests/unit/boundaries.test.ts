// Keeps the process boundaries honest (after Signal Desktop's file suffixes):
// shared/ runs everywhere, so it may not import the DOM's frameworks, Electron or
// Node, except in files named *.node.ts that only Node code imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const specifier = m[1] ?? m[2] ?? m[3];
    if (specifier !== undefined) found.push(specifier);
  }
  return found;
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|crypto$|url$|worker_threads$|stream$|zlib$)/;

describe('process boundaries', () => {
  it('shared/ imports no React, DOM library, Electron or Node API outside *.node.ts files', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(root, 'shared'))) {
      const isNodeOnly = /\.node\.ts$/.test(file) || file.endsWith('.mjs');
      for (const spec of imports(file)) {
        const forbidden =
          /^(react|react-dom|@xyflow\/|zustand|electron)/.test(spec) || (!isNodeOnly && (NODE_BUILTINS.test(spec) || /\.node(\.ts)?$/.test(spec)));
        if (forbidden) offences.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('renderer/ reaches the host only through the bridge: no Electron, no Node, no *.node modules', () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(root, 'renderer'))) {
      for (const spec of imports(file)) {
        if (/^electron/.test(spec) || NODE_BUILTINS.test(spec) || /\.node(\.ts)?$/.test(spec) || /\/electron\//.test(spec)) {
          offences.push(`${relative(root, file)} imports ${spec}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('electron/ does not import renderer code', () => {
    const offences = sourceFiles(join(root, 'electron')).flatMap((file) =>
      imports(file)
        .filter((spec) => /\/renderer\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });
});
