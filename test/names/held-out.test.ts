// The held-out evaluation, as a test: the shipped model against the test split it never saw.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/paths.js';
import { evaluateDetection, evaluateLinking } from '../../src/names/eval/report.js';
import { loadNameModel, PHONETIC_LINK_THRESHOLD } from '../../src/names/index.js';
import { TEST_BUCKET } from '../../src/names/split.js';
import { readBackgroundWords, type BackgroundWord } from '../../src/names/train/background-words.js';
import { readNamePairs, type NamePair } from '../../src/names/train/name-pairs.js';

const SHARED_PAIRS = fromRoot('..', 'shared', 'data', 'name-pairs.en-zh.tsv');
/** The held-out split copied into the repository (scripts/extract-held-out.mjs), for CI without ../shared. */
const FIXTURE_PAIRS = fromRoot('fixtures', 'names', 'held-out-pairs.tsv');
const PAIRS_FILE = existsSync(SHARED_PAIRS) ? SHARED_PAIRS : FIXTURE_PAIRS;
const JIEBA_DICT = path.join(
  path.dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')),
  'submodules/cppjieba/dict/jieba.dict.utf8',
);

let pairs: NamePair[];
let words: BackgroundWord[];

beforeAll(() => {
  if (!existsSync(PAIRS_FILE)) throw new Error(`${PAIRS_FILE} is missing: the held-out evaluation needs shared/data beside the repository`);
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  pairs = readNamePairs(readFileSync(PAIRS_FILE, 'utf8'), toSimplified).pairs;
  words = readBackgroundWords(toSimplified(readFileSync(JIEBA_DICT, 'utf8')));
});

describe('held-out test split', () => {
  it.skipIf(PAIRS_FILE !== SHARED_PAIRS)('is about a tenth of the pairs (needs the full data in ../shared)', () => {
    const held = pairs.filter((p) => p.bucket === TEST_BUCKET).length;
    expect(held / pairs.length).toBeGreaterThan(0.08);
    expect(held / pairs.length).toBeLessThan(0.12);
  });

  it(`links Chinese forms to their English tokens with precision ≥ 0.95 at the shipped threshold ${PHONETIC_LINK_THRESHOLD}`, () => {
    const report = evaluateLinking(loadNameModel(), pairs);
    expect(report.queries).toBeGreaterThan(5000);
    expect(report.meanCandidates).toBeGreaterThan(50);
    expect(report.atLink.precision).toBeGreaterThanOrEqual(0.95);
    // and links most of them: a threshold that links nothing would pass the line above
    expect(report.atLink.recall).toBeGreaterThan(0.65);
    expect(report.top1).toBeGreaterThan(0.8);
  });

  it('detects held-out transliterations and rejects frequent ordinary words', () => {
    const report = evaluateDetection(loadNameModel(), pairs, words);
    expect(report.atThreshold.precision).toBeGreaterThanOrEqual(0.99);
    expect(report.atThreshold.recall).toBeGreaterThan(0.9);
    expect(report.atThreshold.falsePositiveRate).toBeLessThan(0.02);
  });
});
