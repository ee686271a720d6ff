// Build time: the whole recipe of the shipped name model, from cleaned name pairs and background
// words to NameModelData. scripts/build-name-model.mjs only reads the inputs and writes the output.
//
// 1. A model built without the dev and test splits scores dev link queries; a logistic calibration
//    is fitted on them (so the calibration sees scores of names the model never saw).
// 2. The shipped model is built on every split but the test split and carries that calibration.

import { BigramLm } from '../char-lm.js';
import { TransliterationDetector } from '../detector.js';
import { detectionFigures, detectionSample, type DetectionFigures } from '../eval/detection.js';
import { buildLinkQueries, linkFigures, scoreQueries, top1Accuracy, type LinkFigures } from '../eval/linking.js';
import type { NameModelData, PhoneticData } from '../model-data.js';
import { FEATURE_NAMES, featureVector, PhoneticMatcher } from '../phonetic.js';
import { DEV_BUCKET, SPLIT_SEED, TEST_BUCKET } from '../split.js';
import type { BackgroundWord } from './background-words.js';
import { assembleModel, MISALIGNED_SHARE, trainDetector, trainPhonetic } from './build-model.js';
import { fitLogistic, type Example } from './logistic.js';
import type { NamePair } from './name-pairs.js';

/** Distractors per link query: random tokens of the same split, and similar spellings. */
export const LINK_QUERY_SHAPE = { random: 50, similar: 10, seed: 20240926 };
/** Frequent background words per split used as detector negatives. */
export const DETECTION_NEGATIVES = 2000;

const identity = (c: string) => c;

/** Fit the logistic calibration on dev queries scored by a model that never saw the dev split. */
export function calibrate(phonetic: PhoneticData, dev: NamePair[]): PhoneticData['calibration'] {
  const matcher = new PhoneticMatcher(phonetic, identity, { skipCalibrationCheck: true });
  const examples: Example[] = [];
  for (const { pair, distractors } of buildLinkQueries(dev, LINK_QUERY_SHAPE)) {
    const zh = matcher.prepareChinese(pair.zh);
    if (!zh) continue;
    const add = (letters: string, y: 0 | 1, weight: number) => {
      const en = matcher.prepareEnglish(letters);
      if (!en) return;
      const f = matcher.features(zh, en);
      if (Number.isFinite(f.joint)) examples.push({ x: featureVector(f), y, weight });
    };
    add(pair.letters, 1, 1);
    // Each query's distractors together weigh as much as its one true pair: a balanced prior.
    for (const d of distractors) add(d.letters, 0, 1 / distractors.length);
  }
  const fit = fitLogistic(examples);
  return { features: [...FEATURE_NAMES], weights: fit.weights.map((w) => Number(w.toFixed(6))), bias: Number(fit.bias.toFixed(6)) };
}

export interface DevReport {
  top1: number;
  link: LinkFigures[];
  detection: DetectionFigures[];
}

export const REPORT_LINK_THRESHOLDS = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99];
export const REPORT_DETECTION_THRESHOLDS = [-0.5, 0, 0.5, 0.75, 1, 1.25, 1.5, 2];

export interface BuildInputs {
  pairs: NamePair[];
  words: BackgroundWord[];
  variants: Map<string, string>;
  dropped: Record<string, number>;
}

export function buildNameModel(inputs: BuildInputs, log: (line: string) => void = () => {}): { model: NameModelData; dev: DevReport } {
  const { pairs, words } = inputs;
  const notIn = (...buckets: number[]) => (x: { bucket: number }) => !buckets.includes(x.bucket);

  // 1. Calibration, and dev figures to choose thresholds, from a model without dev and test.
  const dev = pairs.filter((p) => p.bucket === DEV_BUCKET);
  const devModel = trainPhonetic(pairs.filter(notIn(TEST_BUCKET, DEV_BUCKET)));
  const calibration = calibrate(devModel.phonetic, dev);
  log(`calibration ${JSON.stringify(calibration)}`);
  const devMatcher = new PhoneticMatcher({ ...devModel.phonetic, calibration }, identity);
  // Fresh distractors (another seed) for the figures, so they are not the ones the fit saw.
  const devScored = scoreQueries(devMatcher, buildLinkQueries(dev, { ...LINK_QUERY_SHAPE, seed: LINK_QUERY_SHAPE.seed + 1 }));
  const devDetectorData = trainDetector(devModel.kept, words.filter(notIn(TEST_BUCKET, DEV_BUCKET)));
  const devDetector = new TransliterationDetector(new BigramLm(devDetectorData.names), new BigramLm(devDetectorData.background));
  const devSample = detectionSample(pairs, words, DEV_BUCKET, DETECTION_NEGATIVES);
  const report: DevReport = {
    top1: top1Accuracy(devScored),
    link: REPORT_LINK_THRESHOLDS.map((t) => linkFigures(devScored, t)),
    detection: REPORT_DETECTION_THRESHOLDS.map((t) => detectionFigures((s) => devDetector.score(s), devSample, t)),
  };

  // 2. The shipped model: every split but the test split.
  const shipped = trainPhonetic(pairs.filter(notIn(TEST_BUCKET)));
  const detector = trainDetector(shipped.kept, words.filter(notIn(TEST_BUCKET)));
  const model = assembleModel({
    detector,
    phonetic: { ...shipped.phonetic, calibration },
    variants: inputs.variants,
    about: {
      description:
        'newsanno name model: transliteration detector (character bigram models of transliterated names vs general Chinese words), joint English-chunk/Chinese-chunk unit model for phonetic matching, and its calibration.',
      builtFrom: {
        namePairs:
          'steveash/NETransliteration-COLING2018, data/wd_chinese.normalized.aligned.tokens (commit 5d5f59e), CC0 1.0 (public domain), as shipped in shared/data/name-pairs.en-zh.tsv',
        background: 'jieba dictionary (cppjieba dict/jieba.dict.utf8, MIT licence): words tagged nr*/ns/nt left out, except native Chinese full names',
      },
      heldOut: `English tokens and background words whose split bucket is ${TEST_BUCKET} under seed "${SPLIT_SEED}" (src/names/split.ts) are not in this model`,
      pairsDroppedOnReading: inputs.dropped,
      trainingPairs: shipped.kept.length,
      misalignedPairsDropped: `${shipped.dropped.length} (the worst-aligned ${MISALIGNED_SHARE * 100}%)`,
      units: shipped.units,
      calibration: `fitted on split bucket ${DEV_BUCKET} with a model built without it`,
      build: 'npx tsc -p . && node scripts/build-name-model.mjs',
    },
  });
  return { model, dev: report };
}
