// Transliterated foreign names in Chinese text: detection, phonetic matching against English names,
// splitting a name off a run, transliteration, and the dictionary plausibility check.

export { loadNameModel, nameModelFromFile, NameModel, NAME_MODEL_FILE } from './model.js';
export { PHONETIC_LINK_THRESHOLD, PHONETIC_PROPOSE_THRESHOLD } from './phonetic.js';
export { TRANSLITERATION_THRESHOLD } from './detector.js';
export type { NameSplit } from './best-split.js';
export type { PairCheck } from './check-pair.js';
