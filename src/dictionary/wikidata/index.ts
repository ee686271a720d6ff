// Importing people and organisations from a Wikidata JSON dump into an entity dictionary.
export { importWikidata, checkPaths, type ImportOptions } from './import.js';
export { formatImportSummary, type ImportSummary } from './summary.js';
export { loadExisting, existingFrom, type ExistingDictionary } from './existing.js';
export { DEFAULT_ORG_CLASSES, type OrgClass } from './org-classes.js';
export { readQidList, parseQidList, checkQids } from './qid-list.js';
export { SKIP_REASONS, type Selection, type TypeFilter, type SkipReason, type Candidate } from './select.js';
export type { ScanProgress } from './scan.js';
