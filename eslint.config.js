// Lint: typescript-eslint with type information, React's hooks rules, and the
// process boundaries (in the manner of Signal Desktop's file-suffix rule):
// shared/ runs in every host, so it imports no React, Electron or Node (except
// *.node.ts); the renderer reaches the host only through shared/bridge.ts.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util', 'worker_threads'];

function forbid(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'dist-cli/**',
      'release/**',
      'node_modules/**',
      '.tmp/**',
      'test-results/**',
      'shared/text/fontMetrics.generated.ts',
      'types/**',
      'tests/security/fixtures/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // A `!` is a cast: a value that may be missing is checked where it is read (shared/must.ts, tests/support/defined.ts).
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // A frozen copy of an earlier layout, kept verbatim so sameAsReference.test.ts compares against what it was.
    files: ['tests/support/referenceLayout/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Tests build hostile and fake inputs on purpose.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-this-alias': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic rules. The React Compiler's newer rules (set-state-in-effect,
    // refs) flag patterns that are correct without the compiler, which we do not use.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.node.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['react', 'react-dom', 'react/*', 'electron', 'zustand', '@xyflow/*', ...nodeBuiltins, '**/renderer/**', '**/electron/**', '*.node', '**/*.node'],
        'shared/ runs in every host: no React, Electron, Node or renderer/electron code here (Node-only code goes in a *.node.ts file).',
      ),
    },
  },
  {
    files: ['shared/**/*.node.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['react', 'react-dom', 'electron', '**/renderer/**', '**/electron/**'],
        'shared/*.node.ts is for the CLI and Node: no React, Electron or renderer code.',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', ...nodeBuiltins, '**/electron/**', '*.node', '**/*.node'],
        'The renderer reaches its host only through shared/bridge.ts.',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['react', 'react-dom', 'zustand', '@xyflow/*', '**/renderer/**'], 'The Electron host does not import the UI.'),
    },
  },
  {
    // Money, FTE, counts, percentages and dates are written one way (en-GB), by
    // shared/format.ts; a local Intl formatter or toLocaleString is how "2.5",
    // "2.50" and "£1,234.00" crept in before.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['shared/format.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Intl', property: 'NumberFormat', message: 'Use shared/format.ts (formatMoney, formatFte, formatCount, formatShare).' },
        { object: 'Intl', property: 'DateTimeFormat', message: 'Use shared/format.ts (formatDate, formatDateTime).' },
        { property: 'toLocaleString', message: 'Use shared/format.ts (formatCount, formatMoney, formatDateTime).' },
        { property: 'toLocaleDateString', message: 'Use shared/format.ts (formatDate, formatDateTime).' },
      ],
    },
  },
);
