// The slow suite: tests that take minutes on a loaded machine (the save kill
// test). CI runs it too, as its own suite, so a slow run is not a flaky one.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({ ...base, test: { ...base.test, include: ['tests/slow/**/*.test.ts'], testTimeout: 300_000 } });
