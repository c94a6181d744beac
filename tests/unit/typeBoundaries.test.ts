// The per-process type checks must refuse what their process lacks: a probe
// using the DOM and Node from shared/ and Node from renderer/ must not compile.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function check(config: string, probe: string): string {
  const scratch = mkdtempSync(join(root, '.tmp', 'types-'));
  writeFileSync(join(scratch, 'probe.ts'), probe);
  const wrapper = join(scratch, 'tsconfig.json');
  writeFileSync(wrapper, JSON.stringify({ extends: join(root, config), include: [join(scratch, 'probe.ts'), join(root, 'types')], exclude: [] }));
  return spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', wrapper, '--noEmit'], { encoding: 'utf8' }).stdout;
}

describe('per-process type checks', () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });

  it('shared/ knows neither the DOM nor Node, but does know the universal globals', () => {
    const out = check(
      'tsconfig.shared.json',
      'export const a = document.title;\nexport const b = process.env;\nexport const c = new TextDecoder().decode(new Uint8Array());\n',
    );
    expect(out).toMatch(/probe\.ts\(1,\d+\): error TS\d+: Cannot find name 'document'/);
    expect(out).toMatch(/probe\.ts\(2,\d+\): error TS\d+: Cannot find name 'process'/);
    expect(out).not.toMatch(/probe\.ts\(3,/);
  }, 60_000);

  it('renderer/ knows the DOM but not Node', () => {
    const out = check('tsconfig.renderer.json', "export const a = document.title;\nimport { readFileSync } from 'node:fs';\nexport const b = readFileSync;\n");
    expect(out).not.toMatch(/probe\.ts\(1,/);
    expect(out).toMatch(/probe\.ts\(2,\d+\): error TS2307/);
  }, 60_000);
});
