// The shape of the shipped name model (dictionaries/derived/name-model.json), written by
// scripts/build-name-model.ts and read by loadNameModel(). Plain JSON so loading is one parse.

export const NAME_MODEL_FORMAT = 'newsanno-name-model';
export const NAME_MODEL_VERSION = 1;

// Tables are stored as parallel arrays (characters as one string, numbers as an array) rather than
// objects keyed by character: JSON.parse builds them several times faster.

/** A character bigram language model with Witten-Bell interpolation (start '^', end '$'). */
export interface BigramLmData {
  /** The characters of the smoothed unigram distribution ('$' included) and their log P, in order. */
  unigram: { chars: string; logP: number[] };
  /** log P of a character the model never saw. */
  unseen: number;
  /** Per history: [history, λ, next characters, P_ML(next | history) for each]; P = λ·P_ML + (1-λ)·P_unigram. */
  bigram: Array<[string, number, string, number[]]>;
}

export interface PhoneticData {
  /** Longest English letter chunk a unit covers. */
  maxLetters: number;
  /** Longest Chinese chunk a unit covers (two-character units only for chunks of ≤ maxLettersForPair letters). */
  maxChars: number;
  maxLettersForPair: number;
  /** The joint unit model: [letters, its Chinese chunks separated by spaces, log p(letters, chunk) for each]. */
  units: Array<[string, string, number[]]>;
  /** log κ: a (letters, one character) unit not in the table gets κ · p(letters) · p(character). */
  floor: number;
  /** Logistic calibration of the alignment features into a match probability. */
  calibration: { features: string[]; weights: number[]; bias: number };
}

export interface NameModelData {
  format: typeof NAME_MODEL_FORMAT;
  version: number;
  /** What the table was built from and how: provenance for humans. */
  about: Record<string, unknown>;
  /** Traditional → simplified for the characters met in the name pairs (inputs are usually simplified already). */
  variants: Record<string, string>;
  /** Transliterated names vs general Chinese words. */
  detector: { names: BigramLmData; background: BigramLmData };
  phonetic: PhoneticData;
}
