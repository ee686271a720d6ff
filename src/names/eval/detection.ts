// The transliteration detector as a classifier: positives are the Chinese forms of a split's name
// pairs, negatives are frequent ordinary words of the same split of jieba's dictionary plus a hand
// list of tricky words.

import type { BackgroundWord } from '../train/background-words.js';
import type { NamePair } from '../train/name-pairs.js';
import { TRICKY_NON_NAMES } from './tricky-words.js';

export interface DetectionSample {
  positives: string[];
  /** Frequent ordinary words and the hand list. */
  negatives: string[];
  /** Native Chinese full names (jieba nr entries shaped like surname + given name), reported apart. */
  natives: string[];
}

/** Tags of jieba words that may be proper names or foreign words: not safe as negatives. */
const UNSAFE_TAGS = new Set(['nz', 'eng', 'x', 'j']);

export function detectionSample(pairs: NamePair[], words: BackgroundWord[], bucket: number, frequentWords: number): DetectionSample {
  const positives = [...new Set(pairs.filter((p) => p.bucket === bucket && p.chars.length >= 2).map((p) => p.zh))];
  const frequent = words
    .filter((w) => w.bucket === bucket && !w.nativeName && [...w.word].length >= 2 && !UNSAFE_TAGS.has(w.tag))
    .sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1))
    .slice(0, frequentWords)
    .map((w) => w.word);
  const negatives = [...new Set([...frequent, ...TRICKY_NON_NAMES])];
  const forms = new Set(pairs.map((p) => p.zh));
  const natives = words
    .filter((w) => w.bucket === bucket && w.nativeName && [...w.word].length === 3 && !forms.has(w.word))
    .sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1))
    .slice(0, frequentWords)
    .map((w) => w.word);
  return { positives, negatives, natives };
}

export interface DetectionFigures {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  /** Share of negatives taken for names: independent of how many negatives the sample holds. */
  falsePositiveRate: number;
  /** Share of native Chinese names taken for transliterations. */
  nativeFalsePositiveRate: number;
}

export function detectionFigures(score: (s: string) => number, sample: DetectionSample, threshold: number): DetectionFigures {
  const tp = sample.positives.filter((s) => score(s) >= threshold).length;
  const fp = sample.negatives.filter((s) => score(s) >= threshold).length;
  const nativeFp = sample.natives.filter((s) => score(s) >= threshold).length;
  return {
    nativeFalsePositiveRate: sample.natives.length ? nativeFp / sample.natives.length : 0,
    threshold,
    truePositives: tp,
    falsePositives: fp,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp / sample.positives.length,
    falsePositiveRate: fp / sample.negatives.length,
  };
}
