// Build time: everything that turns name pairs and background words into the shipped NameModelData
// (scripts/build-name-model.ts does the file IO and the calibration on top of this).

import { START } from '../char-lm.js';
import { PhoneticMatcher } from '../phonetic.js';
import type { BigramLmData, NameModelData, PhoneticData } from '../model-data.js';
import { NAME_MODEL_FORMAT, NAME_MODEL_VERSION } from '../model-data.js';
import { UnitAligner, type UnitShape } from './align-em.js';
import type { BackgroundWord } from './background-words.js';
import { BigramCounter } from './bigram-counts.js';
import type { NamePair } from './name-pairs.js';

export const UNIT_SHAPE: UnitShape = { maxLetters: 4, maxChars: 2, maxLettersForPair: 1 };
const EM_ITERATIONS = 10;
/** Units expected fewer times than this in the training pairs are dropped (they fall to the floor). */
const MIN_UNIT_COUNT = 0.5;
/** log κ: the pointwise mutual information of a (chunk, character) unit never seen in training. */
export const UNSEEN_UNIT_LOG_KAPPA = -4;
/** Share of training pairs, worst aligned first, dropped as misaligned before the second EM run. */
export const MISALIGNED_SHARE = 0.03;

/** Pairs seen in more Wikidata labels count for more, but only logarithmically. */
const pairWeight = (p: NamePair) => 1 + Math.log(p.count);

const PLACEHOLDER_CALIBRATION: PhoneticData['calibration'] = { features: [], weights: [], bias: 0 };

function trainUnits(pairs: NamePair[], shape: UnitShape) {
  const aligner = new UnitAligner(
    pairs.map((p) => ({ letters: p.letters, chars: p.chars, weight: pairWeight(p) })),
    shape,
  );
  aligner.train(EM_ITERATIONS);
  const { units, chunkMarginals, unseen, kept } = aligner.table(MIN_UNIT_COUNT);
  return { units, chunkMarginals, unseen, floor: UNSEEN_UNIT_LOG_KAPPA, kept };
}

/** Per-character log p(Chinese | English) of each pair under a first model: low means misaligned. */
function alignmentQuality(pairs: NamePair[], data: PhoneticData): number[] {
  const matcher = new PhoneticMatcher(data, (c) => c, { skipCalibrationCheck: true });
  return pairs.map((p) => {
    const zh = matcher.prepareChinese(p.zh);
    const en = matcher.prepareEnglish(p.letters);
    if (!zh || !en) return -Infinity;
    const f = matcher.features(zh, en);
    return (f.joint - f.english) / f.chars;
  });
}

export interface PhoneticTraining {
  phonetic: PhoneticData;
  /** Training pairs kept after the misalignment filter. */
  kept: NamePair[];
  dropped: NamePair[];
  units: number;
}

/** EM on all pairs, drop the worst-aligned share, EM again on the rest. */
export function trainPhonetic(pairs: NamePair[], shape: UnitShape = UNIT_SHAPE): PhoneticTraining {
  const first = trainUnits(pairs, shape);
  const { kept: _, ...firstTable } = first;
  const firstData: PhoneticData = { ...shape, ...firstTable, calibration: PLACEHOLDER_CALIBRATION };
  const quality = alignmentQuality(pairs, firstData);
  const cut = [...quality].sort((a, b) => a - b)[Math.floor(quality.length * MISALIGNED_SHARE)];
  const kept = pairs.filter((_, i) => quality[i] > cut);
  const dropped = pairs.filter((_, i) => !(quality[i] > cut));
  const second = trainUnits(kept, shape);
  return {
    phonetic: { ...shape, units: second.units, chunkMarginals: second.chunkMarginals, unseen: second.unseen, floor: second.floor, calibration: PLACEHOLDER_CALIBRATION },
    kept,
    dropped,
    units: second.kept,
  };
}

/** Background weight of a word: dampened frequency, so a few function words do not swamp the model. */
export const backgroundWeight = (w: BackgroundWord) => Math.sqrt(w.freq);

export function trainDetector(names: NamePair[], words: BackgroundWord[]): NameModelData['detector'] {
  const forms = new Set(names.map((p) => p.zh));
  const nameCounts = new BigramCounter();
  for (const zh of forms) nameCounts.add(zh);
  const bg = new BigramCounter();
  // A native-looking name that is also a known transliteration (马克, 安娜) stays out of the background.
  for (const w of words) if (!w.nativeName || !forms.has(w.word)) bg.add(w.word, backgroundWeight(w));
  const nameVocab = nameCounts.vocabulary;
  const namesLm: BigramLmData = nameCounts.toData({ unigramK: 0.5 });
  // Only background bigrams next to name characters can change a decision; the rest come from the unigram.
  const background: BigramLmData = bg.toData({
    unigramK: 0.5,
    keepBigram: (prev, next, count) => count >= 2 && (prev === START || nameVocab.has(prev)) && nameVocab.has(next),
  });
  return { names: namesLm, background };
}

export function assembleModel(parts: {
  detector: NameModelData['detector'];
  phonetic: PhoneticData;
  variants: Map<string, string>;
  about: Record<string, unknown>;
}): NameModelData {
  return {
    format: NAME_MODEL_FORMAT,
    version: NAME_MODEL_VERSION,
    about: parts.about,
    variants: Object.fromEntries([...parts.variants].sort(([a], [b]) => (a < b ? -1 : 1))),
    detector: parts.detector,
    phonetic: parts.phonetic,
  };
}
