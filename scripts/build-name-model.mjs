// Builds dictionaries/derived/name-model.json from the public name pairs (steveash/NETransliteration-
// COLING2018, CC0; shared/data/name-pairs.en-zh.tsv) and jieba's dictionary, holding out the test
// split of src/names/split.ts entirely. The recipe is src/names/train/build.ts; this script reads
// the inputs, runs it and writes the table.
//
//   npx tsc -p . && node scripts/build-name-model.mjs [--pairs FILE] [--jieba FILE] [--out FILE]

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (module) => import(path.join(root, 'dist', 'src', 'names', module)).catch((cause) => {
  throw new Error(`cannot load dist/src/names/${module}: run "npx tsc -p ." first`, { cause });
});
const { readNamePairs } = await load('train/name-pairs.js');
const { readBackgroundWords } = await load('train/background-words.js');
const { buildNameModel } = await load('train/build.js');

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const require = createRequire(import.meta.url);
const pairsFile = argument('pairs', path.join(root, '..', 'shared', 'data', 'name-pairs.en-zh.tsv'));
const jiebaFile = argument(
  'jieba',
  path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8'),
);
const outFile = argument('out', path.join(root, 'dictionaries', 'derived', 'name-model.json'));

// The pairs mix traditional and simplified characters; everything the model sees is simplified.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const read = readNamePairs(readFileSync(pairsFile, 'utf8'), toSimplified);
const words = readBackgroundWords(toSimplified(readFileSync(jiebaFile, 'utf8')));
console.error(`pairs kept ${read.pairs.length}, dropped ${JSON.stringify(read.dropped)}; background words ${words.length}`);

const pct = (x) => (100 * x).toFixed(1);
const { model, dev } = buildNameModel({ pairs: read.pairs, words, variants: read.variants, dropped: read.dropped }, (line) => console.error(line));
console.error(`dev link top-1 ${pct(dev.top1)}%`);
for (const f of dev.link)
  console.error(`  dev link t=${f.threshold}: precision ${pct(f.precision)} recall ${pct(f.recall)} | pairs precision ${pct(f.pairPrecision)} recall ${pct(f.pairRecall)}`);
for (const f of dev.detection)
  console.error(
    `  dev detector t=${f.threshold}: precision ${pct(f.precision)} recall ${pct(f.recall)} fpr ${pct(f.falsePositiveRate)} native-name fpr ${pct(f.nativeFalsePositiveRate)}`,
  );

mkdirSync(path.dirname(outFile), { recursive: true });
const json = JSON.stringify(model);
writeFileSync(outFile, json + '\n');
console.error(`wrote ${outFile}: ${(json.length / 1024).toFixed(0)} KiB`);
