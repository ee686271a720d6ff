// The read stage: files, folders and stdin to RawArticle records, then Articles.
export { decodeText, type DecodedText, type DecodeOptions } from './decode.js';
export { declaredCharset, decodeHtml } from './html-charset.js';
export { extractHtml, type HtmlExtract } from './html.js';
export { readJsonRecords, readJsonlRecords, recordToRaw, type ReadResult } from './records.js';
export { listInputs, readInput, readInputs, readBytes, inputKind, type InputKind, type StdinSource } from './files.js';
export { sniffTextKind, looksLikeHtml, looksLikeJsonl, type TextKind } from './sniff.js';
export { detectLang, detectLanguageDetail, langFromTag, type LanguageDetail } from './lang.js';
export { normalisePublished } from './published.js';
export { toArticle, type BuiltArticle } from './article.js';
export { loadArticles, type LoadResult } from './load.js';
