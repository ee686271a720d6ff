// Phonetic matching of a Chinese transliteration against an English name (穆拉蒂 ↔ Murati): alignment
// features from the unit model, turned into a match probability by a logistic calibration fitted
// at build time on pairs the model had not seen (the dev split) against distractor names.

import { charSeq, letterSeq, UnitModel, type CharSeq, type LetterSeq } from './alignment.js';
import type { PhoneticData } from './model-data.js';
import { chineseParts, englishTokens, isAllHan } from './text.js';

/**
 * Link a transliteration to an English name at or above this score: the lowest threshold at which
 * linking each dev-split Chinese form to its best-scoring candidate (own token + ~53 distractors,
 * similar spellings among them) reached precision ≥ 0.95 (dev: 95.7%, recall 74.6%). Held-out test
 * figures are in docs/names-evaluation.md; test/names checks them.
 */
export const PHONETIC_LINK_THRESHOLD = 0.95;
/** Propose (for review, or as one piece of evidence among others) at or above this score (dev link precision 89.6%, recall 86.1%). */
export const PHONETIC_PROPOSE_THRESHOLD = 0.5;

/** The raw alignment numbers a phonetic score is computed from. */
export interface AlignmentFeatures {
  /** log Σ_alignments p(English, Chinese). */
  joint: number;
  /** log p(English) and log p(Chinese) alone, under the same units. */
  english: number;
  chinese: number;
  letters: number;
  chars: number;
}

/** Calibration feature vector; the names are recorded in the model so a mismatch is caught at load. */
export const FEATURE_NAMES = ['pointwiseMutualInformation', 'chars', 'letters'] as const;

/**
 * log p(English, Chinese) − log p(English) − log p(Chinese): near 0 for unrelated names, large for a
 * transliteration and its source, growing with length (hence the lengths beside it).
 */
export function featureVector(f: AlignmentFeatures): number[] {
  return [f.joint - f.english - f.chinese, f.chars, f.letters];
}

/** A name prepared for matching: its letters or characters with token / part boundaries. */
export interface PreparedEnglish {
  seq: LetterSeq;
  tokens: number;
  logP: number;
}
export interface PreparedChinese {
  seq: CharSeq;
  parts: number;
  logP: number;
}

export class PhoneticMatcher {
  readonly units: UnitModel;
  private readonly weights: number[];
  private readonly bias: number;

  constructor(
    data: PhoneticData,
    private readonly mapChar: (ch: string) => string,
    options: { skipCalibrationCheck?: boolean } = {},
  ) {
    const names = data.calibration.features;
    // The build computes features before any calibration exists; everything else must match.
    if (!options.skipCalibrationCheck && names.length !== FEATURE_NAMES.length || names.some((n, i) => n !== FEATURE_NAMES[i]))
      throw new Error(`name model calibration features [${names}] do not match this code [${FEATURE_NAMES}]: rebuild the name model`);
    this.units = new UnitModel(data);
    this.weights = data.calibration.weights;
    this.bias = data.calibration.bias;
  }

  /** null when the name has no Latin letters. */
  prepareEnglish(en: string): PreparedEnglish | null {
    const tokens = englishTokens(en);
    if (tokens.length === 0) return null;
    const seq = letterSeq(tokens);
    return { seq, tokens: tokens.length, logP: this.units.logLetters(seq) };
  }

  /** null when the name has anything but Han characters and separators. */
  prepareChinese(zh: string): PreparedChinese | null {
    const parts = chineseParts(zh, this.mapChar);
    if (parts.length === 0 || !parts.every(isAllHan)) return null;
    const seq = charSeq(parts);
    return { seq, parts: parts.length, logP: this.units.logChars(seq) };
  }

  features(zh: PreparedChinese, en: PreparedEnglish): AlignmentFeatures {
    // Part-for-token boundaries only bind both ways when the Chinese writes as many parts as the English has tokens.
    const strict = zh.parts > 1 && zh.parts === en.tokens;
    return {
      joint: this.units.logJoint(en.seq, zh.seq, strict),
      english: en.logP,
      chinese: zh.logP,
      letters: en.seq.letters.length,
      chars: zh.seq.chars.length,
    };
  }

  /** The calibrated log-odds of a match (-Infinity when no alignment exists). */
  logitPrepared(zh: PreparedChinese, en: PreparedEnglish): number {
    const f = this.features(zh, en);
    if (!Number.isFinite(f.joint)) return -Infinity;
    const x = featureVector(f);
    let z = this.bias;
    for (let i = 0; i < x.length; i++) z += this.weights[i] * x[i];
    return z;
  }

  /** Calibrated match probability of already prepared names. */
  scorePrepared(zh: PreparedChinese, en: PreparedEnglish): number {
    return 1 / (1 + Math.exp(-this.logitPrepared(zh, en)));
  }

  /** How well `zh` writes `en`, in [0, 1]; 0 when either side is not a name in its script. */
  score(zh: string, en: string): number {
    const z = this.prepareChinese(zh);
    const e = this.prepareEnglish(en);
    return z && e ? this.scorePrepared(z, e) : 0;
  }
}
