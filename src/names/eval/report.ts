// The held-out evaluation of a name model: detector, phonetic linking, transliteration and speed,
// measured on the test split (bucket 0 of src/names/split.ts), which the shipped model never saw.
// scripts/evaluate-name-model.mjs renders it into docs/names-evaluation.md; the tests call the
// same functions on a sample.

import type { NameModel } from '../model.js';
import { PHONETIC_LINK_THRESHOLD, PHONETIC_PROPOSE_THRESHOLD } from '../phonetic.js';
import { TRANSLITERATION_THRESHOLD } from '../detector.js';
import { TEST_BUCKET } from '../split.js';
import type { BackgroundWord } from '../train/background-words.js';
import { DETECTION_NEGATIVES, LINK_QUERY_SHAPE, REPORT_DETECTION_THRESHOLDS, REPORT_LINK_THRESHOLDS } from '../train/build.js';
import type { NamePair } from '../train/name-pairs.js';
import { detectionFigures, detectionSample, type DetectionFigures } from './detection.js';
import { buildLinkQueries, linkFigures, scoreQueries, top1Accuracy, type LinkFigures } from './linking.js';
import { sampleIndices, seededRandom } from './rng.js';
import { TRICKY_NON_NAMES } from './tricky-words.js';

/** Seed of the test link queries: not the calibration's (the test split is another split anyway). */
export const TEST_QUERY_SEED = LINK_QUERY_SHAPE.seed + 100;

export interface LinkReport {
  queries: number;
  meanCandidates: number;
  top1: number;
  atLink: LinkFigures;
  atPropose: LinkFigures;
  curve: LinkFigures[];
}

export function evaluateLinking(model: NameModel, pairs: NamePair[], limit?: number): LinkReport {
  const test = pairs.filter((p) => p.bucket === TEST_BUCKET);
  const queries = buildLinkQueries(test, { ...LINK_QUERY_SHAPE, seed: TEST_QUERY_SEED, limit });
  const scored = scoreQueries(model.phonetic, queries);
  return {
    queries: queries.length,
    meanCandidates: queries.reduce((n, q) => n + q.distractors.length + 1, 0) / queries.length,
    top1: top1Accuracy(scored),
    atLink: linkFigures(scored, PHONETIC_LINK_THRESHOLD),
    atPropose: linkFigures(scored, PHONETIC_PROPOSE_THRESHOLD),
    curve: REPORT_LINK_THRESHOLDS.map((t) => linkFigures(scored, t)),
  };
}

export interface DetectionReport {
  positives: number;
  negatives: number;
  natives: number;
  atThreshold: DetectionFigures;
  curve: DetectionFigures[];
  /** Hand-listed tricky words the detector still takes for names. */
  trickyMisses: string[];
}

export function evaluateDetection(model: NameModel, pairs: NamePair[], words: BackgroundWord[]): DetectionReport {
  const sample = detectionSample(pairs, words, TEST_BUCKET, DETECTION_NEGATIVES);
  const score = (s: string) => model.transliterationScore(s);
  return {
    positives: sample.positives.length,
    negatives: sample.negatives.length,
    natives: sample.natives.length,
    atThreshold: detectionFigures(score, sample, TRANSLITERATION_THRESHOLD),
    curve: REPORT_DETECTION_THRESHOLDS.map((t) => detectionFigures(score, sample, t)),
    trickyMisses: TRICKY_NON_NAMES.filter((w) => model.isLikelyTransliteration(w)),
  };
}

export interface TransliterationReport {
  tokens: number;
  top1: number;
  top5: number;
}

/** Exact-match accuracy of transliterate() against the held-out pairs' Chinese forms (a seeded sample). */
export function evaluateTransliteration(model: NameModel, pairs: NamePair[], limit = 2000): TransliterationReport {
  const test = pairs.filter((p) => p.bucket === TEST_BUCKET);
  const sample = sampleIndices(test.length, limit, seededRandom(TEST_QUERY_SEED)).map((i) => test[i]);
  let top1 = 0;
  let top5 = 0;
  for (const p of sample) {
    const out = model.transliterate(p.letters, 5);
    if (out[0] === p.zh) top1++;
    if (out.includes(p.zh)) top5++;
  }
  return { tokens: sample.length, top1: top1 / sample.length, top5: top5 / sample.length };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function renderLinkTable(curve: LinkFigures[]): string {
  const rows = curve.map(
    (f) =>
      `| ${f.threshold} | ${pct(f.precision)} | ${pct(f.recall)} | ${f.linked} | ${pct(f.pairPrecision)} | ${pct(f.pairRecall)} |`,
  );
  return [
    '| threshold | link precision | link recall | linked | pair precision | pair recall |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

export function renderDetectionTable(curve: DetectionFigures[]): string {
  const rows = curve.map(
    (f) =>
      `| ${f.threshold} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.falsePositiveRate)} | ${pct(f.nativeFalsePositiveRate)} |`,
  );
  return [
    '| threshold | precision | recall | ordinary words taken for names | native names taken for transliterations |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
