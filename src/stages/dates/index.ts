// Time expressions in a sentence, resolved against the article's published date.
// See README.md in this folder for what is found, how it is valued, and the decisions behind it.

export type { DatePrecision, TimeExpression, TimeKind } from './types.js';
export { findTimesZh } from './zh/index.js';
export { findTimesEn } from './en/index.js';
export { parseAnchor } from './anchor.js';
