// Builds dictionaries/derived/name-model.json from the public name pairs (steveash/NETransliteration-
// COLING2018, CC0; shared/data/name-pairs.en-zh.tsv) and jieba's dictionary, holding out the test
// split of src/names/split.ts entirely. The recipe is src/names/train/build.ts; this script reads
// the inputs, runs it and writes the table.
//
//   npx tsc -p . && node scripts/build-name-model.mjs [--pairs FILE] [--jieba FILE] [--out FILE]

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { argument, jiebaFileArgument, loadNames, pairsFileArgument, readTrainingInputs, root } from './name-inputs.mjs';

const { buildNameModel } = await loadNames('train/build.js');

const outFile = argument('out', path.join(root, 'dictionaries', 'derived', 'name-model.json'));

const { read, words } = await readTrainingInputs(pairsFileArgument(), jiebaFileArgument());
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
