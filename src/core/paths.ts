import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder holding newsanno's package.json, found by walking up from this module, so shipped data
 * (dictionaries/, pipelines/, schema/) is found both from src/ (tests) and from dist/src/ (the CLI).
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'newsanno') return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the newsanno package root above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** A path inside the package: `fromRoot('dictionaries', 'titles.tsv')`. */
export const fromRoot = (...parts: string[]): string => path.join(packageRoot(), ...parts);
