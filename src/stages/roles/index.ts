// Job titles in leadership news: found in Chinese and English text, and put into one English form.
export { findRolesZh } from './find-zh.js';
export { findRolesEn } from './find-en.js';
export { translateRoleZh, normaliseRoleEn } from './translate.js';
export { loadTitleDictionary, loadTitleDictionary as loadTitles, checkTitleDictionary, compileTitleDictionary, SHIPPED_TITLES, type TitleLoad } from './load.js';
export { titleCase } from './title-case.js';
export type { TitleDictionary } from './lexicon.js';
export type { RoleMatch, RankKind } from './types.js';
