// Shared by the name-model scripts: the project root, loading compiled modules from dist/src/names,
// command-line options, and reading the training inputs (name pairs and jieba's words, simplified).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Imports dist/src/names/<module>, saying what to run when it has not been compiled. */
export const loadNames = (module) =>
  import(path.join(root, 'dist', 'src', 'names', module)).catch((cause) => {
    throw new Error(`cannot load dist/src/names/${module}: run "npx tsc -p ." first`, { cause });
  });

/** The value after `--name` on the command line, or the fallback. */
export function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const require = createRequire(import.meta.url);
export const pairsFileArgument = () => argument('pairs', path.join(root, '..', 'shared', 'data', 'name-pairs.en-zh.tsv'));
export const jiebaFileArgument = () =>
  argument('jieba', path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8'));

/** The name pairs and jieba's background words. The pairs mix traditional and simplified characters;
 * everything the model sees is simplified. */
export async function readTrainingInputs(pairsFile, jiebaFile) {
  const { readNamePairs } = await loadNames('train/name-pairs.js');
  const { readBackgroundWords } = await loadNames('train/background-words.js');
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const read = readNamePairs(readFileSync(pairsFile, 'utf8'), toSimplified);
  const words = readBackgroundWords(toSimplified(readFileSync(jiebaFile, 'utf8')));
  return { read, words };
}
