// The shape of the shipped name model (dictionaries/derived/name-model.json), written by
// scripts/build-name-model.mjs and read by loadNameModel(). Plain JSON so loading is one parse.

export const NAME_MODEL_FORMAT = 'newsanno-name-model';
export const NAME_MODEL_VERSION = 1;

// Tables are packed into strings (see packed.ts: rows by '\n', fields by '\t', numbers by ',') and
// probabilities stored as costs: round(−100 · ln p), whole centi-nats. Both keep the JSON small and
// quick to parse; a centi-nat is far below anything the scores can resolve.

/** round(−100 · ln p). */
export type Cost = number;
export const toCost = (p: number): Cost => Math.round(-100 * Math.log(p));
export const fromCost = (c: Cost): number => Math.exp(-c / 100);

/** A character bigram language model with Witten-Bell interpolation (start '^', end '$'). */
export interface BigramLmData {
  /** The characters of the smoothed unigram distribution ('$' included) and their costs, in order. */
  unigram: { chars: string; costs: string };
  /** Cost of a character the model never saw. */
  unseen: Cost;
  /** Rows: history character, λ, next characters, cost of P_ML(next | history) for each; P = λ·P_ML + (1-λ)·P_unigram. */
  bigram: string;
}

export interface PhoneticData {
  /** Longest English letter chunk a unit covers. */
  maxLetters: number;
  /** Longest Chinese chunk a unit covers (two-character units only for chunks of ≤ maxLettersForPair letters). */
  maxChars: number;
  maxLettersForPair: number;
  /** The joint unit model, rows: letters, its Chinese chunks separated by spaces, cost of p(letters, chunk) for each, cost of their sum. */
  units: string;
  /** Σ over letter chunks of p(letters, chunk), per Chinese chunk (precomputed so loading need not sum the table). */
  chunkMarginals: { chunks: string; costs: string };
  /** Marginal costs for a letter chunk / a character the table never saw: the largest seen. */
  unseen: { letters: Cost; chars: Cost };
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
