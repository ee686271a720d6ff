// Shared test helpers: a fresh temporary folder per test (removed afterwards) and what a call threw.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function useTmpDir(): () => string {
  let dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });
  return () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'newsanno-test-'));
    dirs.push(d);
    return d;
  };
}

/** Runs fn and returns what it threw (failing the test when it throws nothing). */
export function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error, but nothing was thrown');
}
