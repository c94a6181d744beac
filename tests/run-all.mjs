#!/usr/bin/env node
// `npm test`: every suite in turn (types, unit and component, Electron security
// gate, end-to-end in Chromium), then one closing line `N passed, N failed`
// summing them all. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE_CHECKS } from './typecheck.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
const results = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: child.status ?? 1, seconds: Math.round((Date.now() - started) / 1000) };
}

function suite(name, body) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n===== ${name} =====`);
  const result = body();
  results.push({ name, ...result });
  console.log(`----- ${name}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ''}`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

suite('types', () => {
  // One check per process, each with only the globals that process has.
  let passed = 0;
  let failed = 0;
  for (const config of TYPE_CHECKS) {
    const { status } = run('npx', ['tsc', '-p', config, '--noEmit']);
    if (status === 0) passed++;
    else failed++;
  }
  return { passed, failed, note: TYPE_CHECKS.join(', ') };
});

suite('lint', () => {
  // ESLint (type-aware, hooks, process boundaries) and the formatter's check.
  const eslint = run('npx', ['eslint', '.', '--max-warnings', '0']).status === 0;
  const prettier = run('npx', ['prettier', '--check', '.', '--log-level', 'warn']).status === 0;
  return { passed: Number(eslint) + Number(prettier), failed: Number(!eslint) + Number(!prettier), note: 'eslint ., prettier --check .' };
});

suite('unit', () => {
  const out = join(reports, 'vitest.json');
  const { status } = run('npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) return { passed: 0, failed: 1, note: `vitest exited ${status} without a report` };
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed, note: status !== 0 && report.numFailedTests === 0 ? 'a test file failed to load' : undefined };
});

suite('slow', () => {
  // Fixed counts and seeds instead of time budgets: slower on a busy machine, never flaky.
  const out = join(reports, 'vitest-slow.json');
  const { status } = run('npx', ['vitest', 'run', '--config', 'vitest.slow.config.ts', '--reporter=dot', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (!report) return { passed: 0, failed: 1, note: `vitest exited ${status} without a report` };
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
});

suite('security', () => {
  const script = join(root, 'tests/security/electronegativity.mjs');
  if (!existsSync(script)) return { passed: 0, failed: 1, note: 'gate script missing' };
  const child = spawnSync('node', [script], { cwd: root, encoding: 'utf8' });
  process.stdout.write(child.stdout);
  process.stderr.write(child.stderr);
  const match = /(\d+) passed, (\d+) failed\s*$/.exec(child.stdout.trim());
  if (!match) return { passed: 0, failed: 1, note: 'no summary line from the gate' };
  const failed = Number(match[2]) + (child.status !== 0 && match[2] === '0' ? 1 : 0);
  return { passed: Number(match[1]), failed };
});

suite('e2e', () => {
  const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (build.status !== 0) return { passed: 0, failed: 1, note: 'the web build failed' };
  const out = join(reports, 'playwright.json');
  const { status } = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const report = readJson(out);
  if (!report) return { passed: 0, failed: 1, note: `playwright exited ${status} without a report` };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
  const failed = unexpected + (status !== 0 && unexpected === 0 ? 1 : 0);
  return { passed: expected + flaky, failed };
});

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.name.padEnd(9)} ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
