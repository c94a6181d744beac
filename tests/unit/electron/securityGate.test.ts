// The electronegativity gate itself: it fails a deliberately insecure app, and ends with the summary line the test runner sums.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { present } from '../../support/defined';

const gate = join(process.cwd(), 'tests/security/electronegativity.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [gate, ...args], { encoding: 'utf8', timeout: 60_000 });
const summary = (stdout: string) => /^(\d+) passed, (\d+) failed$/.exec(stdout.trim().split('\n').pop() ?? '');
const dir = mkdtempSync(join(tmpdir(), 'structura-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('electronegativity gate', () => {
  // That the gate passes the app is the `security` suite of npm test itself (tests/run-all.mjs):
  // running it here too would check the same thing twice.

  it('fails an insecure app, naming each problem, and exits non-zero', () => {
    const result = run('--input', join(process.cwd(), 'tests/security/fixtures/insecure-app'));
    expect(result.status).toBe(1);
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^FINDING  ${id} at `, 'm'));
    }
    expect(Number(present(summary(result.stdout), 'summary(result.stdout)')[2])).toBeGreaterThanOrEqual(5);
  });

  it('does not accept an allow-list entry without a real justification', () => {
    const allowlist = join(dir, 'lazy-allowlist.json');
    writeFileSync(
      allowlist,
      JSON.stringify([
        { id: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', justification: 'fine' },
        { id: 'PRELOAD_JS_CHECK', justification: 'x'.repeat(60) },
      ]),
    );
    const result = run('--allowlist', allowlist);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FINDING  CSP_GLOBAL_CHECK/m);
    expect(result.stdout).toMatch(/^FINDING  PRELOAD_JS_CHECK/m);
  });
});
