#!/usr/bin/env node
// Security gate: runs @doyensec/electronegativity over the Electron sources and
// the renderer's HTML through its programmatic API (its command line exits 0
// even when it finds problems), and fails on any finding not justified in
// build/electronegativity-allowlist.json. Last line: `N passed, N failed`.
import { createRequire } from 'node:module';
import { mkdtempSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('../..', import.meta.url).pathname;
// Offline: electronegativity fetches translations and Electron's release list
// over the network; this gate must never reach out, so `got` answers "offline".
const toolRequire = createRequire(join(root, 'node_modules/@doyensec/electronegativity/dist/runner.js'));
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline: the security gate makes no network requests'));
toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline, get: offline }) };
const run = require('@doyensec/electronegativity/dist/runner.js');

// Electronegativity's own i18n() set-up fetches translations over the network;
// configure the same library offline with the English texts it ships.
const localesDir = join(root, 'node_modules/@doyensec/electronegativity/dist/locales');
const i18n = createRequire(join(localesDir, 'i18n.js'))('i18n');
i18n.configure({
  locales: ['en-US'],
  defaultLocale: 'en-US',
  directory: localesDir,
  updateFiles: false,
  objectNotation: true,
  retryInDefaultLocale: true,
  register: globalThis,
});
i18n.setLocale('en-US');
// Options (for the gate's own test): --input DIR scans DIR instead of the app,
// --allowlist FILE reads another allow-list.
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const input = option('--input');
const allowlistPath = option('--allowlist') ?? join(root, 'build/electronegativity-allowlist.json');
// Otherwise scan a copy holding exactly what ships in the app: the main process, the preload and the page.
const scanRoot = input ?? mkdtempSync(join(tmpdir(), 'structura-electronegativity-'));
if (!input) {
  cpSync(join(root, 'electron'), join(scanRoot, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer/index.html'), join(scanRoot, 'renderer/index.html'));
  cpSync(join(root, 'package.json'), join(scanRoot, 'package.json'));
}

const result = await run(
  {
    input: scanRoot,
    output: undefined,
    isSarif: false,
    customScan: [],
    // Needs the network (Electron's release list); Electron's version is pinned in package.json instead.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: undefined,
    parserPlugins: [],
  },
  false,
);
if (!input) rmSync(scanRoot, { recursive: true, force: true });

const allowlist = JSON.parse(readFileSync(allowlistPath, 'utf8'));
const justified = (issue) =>
  allowlist.find(
    (entry) =>
      entry.id === issue.id &&
      typeof entry.file === 'string' &&
      issue.file.endsWith(entry.file) &&
      typeof entry.justification === 'string' &&
      entry.justification.trim().length >= 40,
  );
const used = new Set();

const checks = result.globalChecks + result.atomicChecks;
const failures = [];
for (const issue of result.issues) {
  const entry = justified(issue);
  const where = `${issue.file}:${issue.location?.line ?? '?'}`;
  if (entry) {
    used.add(entry);
    console.log(`allowed  ${issue.id} at ${where}: ${entry.justification}`);
  } else {
    failures.push(issue);
    console.log(`FINDING  ${issue.id} at ${where} (${issue.severity?.name ?? ''}, ${issue.confidence?.name ?? ''}): ${issue.description}`);
  }
}
for (const error of result.errors ?? []) {
  failures.push(error);
  console.log(`ERROR    could not scan ${error.file}: ${error.message ?? error.error ?? 'parse error'}`);
}
for (const entry of allowlist)
  if (!used.has(entry)) console.log(`note     allow-list entry ${entry.id} (${entry.file}) matched no finding: remove it if the code it justified has gone`);
const failedChecks = new Set(failures.map((f) => f.id ?? f.file)).size;
console.log(
  `electronegativity: ${checks} checks over ${input ?? 'electron/ and renderer/index.html'}, ${result.issues.length} findings, ${failures.length} not justified`,
);
console.log(`${checks - failedChecks} passed, ${failedChecks} failed`);
process.exitCode = failures.length ? 1 : 0;
