import chardet from 'chardet';
import iconv from 'iconv-lite';
import { NewsannoError } from '../../core/errors.js';
import { binaryKind } from './binary.js';
import { commonChineseShare } from './common-chinese.js';

export interface DecodedText {
  /** The text without BOM, with LF line endings. */
  text: string;
  /** The encoding it was read as, lower-case iconv-lite name: utf-8, utf-16le, gb18030, big5 … */
  encoding: string;
  /** Whether the bytes started with a byte order mark. */
  bom: boolean;
}

export interface DecodeOptions {
  /** An encoding the container declares (an HTML meta charset); tried after BOM and valid UTF-8. */
  declared?: string | null;
}

/** Above this share of U+FFFD among the non-space characters (and more than one), a decoding is not clean. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** chardet's confidence (0–100) above which its top CJK guess is trusted when it decodes cleanly. */
const TRUSTED_CONFIDENCE = 90;
/** A CJK decoding must read at least this much like Chinese (commonChineseShare) to beat a single-byte guess. */
const MIN_CHINESE_SHARE = 0.4;
/**
 * Added to the Chinese encodings' score when CJK decodings are compared: newsanno reads Chinese, and on
 * a few bytes a Japanese or Korean decoding can look as plausible as the Chinese one.
 */
const CHINESE_ENCODING_PRIOR = 0.25;
/** chardet reads this much of a file: enough to decide, and it takes seconds over many megabytes. */
const DETECT_SAMPLE_BYTES = 256 * 1024;
/** A single-byte runner-up replaces an unclean top guess only at this share of its confidence. */
const RUNNER_UP_SHARE = 0.8;
/** Damaged UTF-8 needs this many well-formed non-ASCII characters for each malformed sequence. */
const UTF8_GOOD_PER_BAD = 20;

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  // UTF-32 LE before UTF-16 LE: its BOM starts with the same two bytes.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const CJK_ENCODINGS = new Set(['gb18030', 'big5', 'euc-kr', 'euc-jp', 'shift_jis']);
const CHINESE_ENCODINGS = new Set(['gb18030', 'big5']);

/**
 * chardet's names as iconv-lite knows them; names iconv-lite cannot decode (ISO-2022-*, mbcs) are left
 * out, and so is ASCII: ASCII bytes are valid UTF-8 and never get here, so chardet naming it for bytes
 * above 0x7F means it has no real guess.
 */
function iconvName(chardetName: string): string | null {
  const name = chardetName.toLowerCase();
  if (name === 'ascii') return null;
  return iconv.encodingExists(name) ? name : null;
}

function bomOf(bytes: Buffer): { encoding: string; length: number } | null {
  for (const b of BOMS) {
    if (bytes.length >= b.bytes.length && b.bytes.every((x, i) => bytes[i] === x)) {
      return { encoding: b.encoding, length: b.bytes.length };
    }
  }
  return null;
}

interface Replacements {
  count: number;
  /** Among the non-space characters. */
  share: number;
}

function replacements(text: string): Replacements {
  let count = 0;
  let all = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    all++;
    if (ch === '\ufffd') count++;
  }
  return { count, share: all === 0 ? 0 : count / all };
}

/** Clean enough to read: at most one U+FFFD (a last character cut in half) or a tiny share of them. */
function tolerable(r: Replacements): boolean {
  return r.count <= 1 || r.share <= MAX_REPLACEMENT_SHARE;
}

function decodeAs(bytes: Buffer, encoding: string): string {
  return iconv.decode(bytes, encoding, { stripBOM: true });
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 with a few malformed bytes (a file cut mid-character, one corrupted byte), still read as
 * UTF-8: GBK or Big5 bytes read as UTF-8 are malformed almost throughout, and a Windows-1252 text has
 * no well-formed multi-byte characters at all, so neither passes for damaged UTF-8.
 */
function damagedUtf8(bytes: Buffer): string | null {
  const text = bytes.toString('utf8');
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad++;
    else if (ch.charCodeAt(0) >= 0x80) good++;
  }
  return good > 0 && good >= UTF8_GOOD_PER_BAD * bad ? text : null;
}

interface Candidate {
  encoding: string;
  confidence: number;
  text: string;
  bad: Replacements;
  /** commonChineseShare (where U+FFFD counts against), plus the prior for Chinese encodings; 0 for non-CJK encodings. */
  score: number;
}

function candidate(bytes: Buffer, encoding: string, confidence: number): Candidate {
  const text = decodeAs(bytes, encoding);
  let score = 0;
  if (CJK_ENCODINGS.has(encoding)) {
    score = commonChineseShare(text) + (CHINESE_ENCODINGS.has(encoding) ? CHINESE_ENCODING_PRIOR : 0);
  }
  return { encoding, confidence, text, bad: replacements(text), score };
}

/**
 * Picks a decoding among chardet's guesses. Its top guess stands when it is a confident, clean CJK
 * guess or clean UTF. On short inputs chardet often ranks a single-byte code page or the wrong CJK
 * encoding first, with the right one further down at low confidence; so every CJK guess is decoded,
 * and the clean one that reads most like Chinese (common characters, few or no U+FFFD) wins unless the top
 * guess is a single-byte code page and no CJK decoding reads like Chinese. When the top guess does not
 * decode cleanly, a clean runner-up that chardet nearly tied with it is taken; else the top guess is
 * returned, for the caller to report.
 */
function chooseByDetection(bytes: Buffer): Candidate | null {
  const guesses: Array<{ encoding: string; confidence: number }> = [];
  for (const m of chardet.analyse(bytes.subarray(0, DETECT_SAMPLE_BYTES))) {
    const encoding = iconvName(m.name);
    if (encoding && !guesses.some((g) => g.encoding === encoding)) guesses.push({ encoding, confidence: m.confidence });
  }
  if (guesses.length === 0) return null;
  const top = candidate(bytes, guesses[0].encoding, guesses[0].confidence);
  const topIsCjk = CJK_ENCODINGS.has(top.encoding);
  // A stray U+FFFD (a file cut mid-character) does not disqualify a decoding; it lowers its score.
  const clean = (c: Candidate): boolean => tolerable(c.bad);
  // Single-byte guesses are not trusted on their confidence: chardet gives 98 to windows-1253 for a
  // four-byte Big5 text.
  if (topIsCjk && clean(top) && top.confidence >= TRUSTED_CONFIDENCE) return top;
  if (top.encoding.startsWith('utf-') && clean(top)) return top;

  const bestCjk = guesses
    .filter((g) => CJK_ENCODINGS.has(g.encoding))
    .map((g) => (g.encoding === top.encoding ? top : candidate(bytes, g.encoding, g.confidence)))
    .filter(clean)
    .sort((a, b) => b.score - a.score || b.confidence - a.confidence)[0];
  if (bestCjk && (topIsCjk || bestCjk.score >= MIN_CHINESE_SHARE)) return bestCjk;
  if (clean(top)) return top;
  // Some single-byte code page reads almost any bytes "cleanly", so a runner-up only counts when
  // chardet nearly tied it with the top guess.
  for (const g of guesses.slice(1)) {
    if (CJK_ENCODINGS.has(g.encoding) || g.confidence < RUNNER_UP_SHARE * top.confidence) continue;
    const c = candidate(bytes, g.encoding, g.confidence);
    if (clean(c)) return c;
  }
  return top;
}

function decodeError(file: string, message: string): NewsannoError {
  return new NewsannoError(message, {
    code: 'decode',
    file,
    hint: 'save the file as UTF-8 (or check that it is a text article) and try again',
  });
}

/** The decoding of bytes without a BOM: valid UTF-8, the declared charset, damaged UTF-8, chardet. */
function decodeUnmarked(body: Buffer, file: string, declaredLabel: string | null | undefined): { text: string; encoding: string } {
  // Valid UTF-8 goes before a declared charset: pages built from old templates often still say
  // gb2312 or iso-8859-1 over UTF-8 text, while GBK text long enough to be a page is never valid UTF-8.
  if (isValidUtf8(body)) return { text: body.toString('utf8'), encoding: 'utf-8' };
  const declared = declaredLabel ? iconvName(declaredLabel) : null;
  if (declared) {
    const text = decodeAs(body, declared);
    // A page may declare the wrong charset; then detection gets its turn.
    if (tolerable(replacements(text))) return { text, encoding: declared };
  }
  const utf8 = damagedUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const chosen = chooseByDetection(body);
  if (!chosen) throw decodeError(file, 'cannot tell the text encoding (too little text, or not a text file)');
  if (!tolerable(chosen.bad)) {
    throw decodeError(
      file,
      `cannot decode the text: ${(chosen.bad.share * 100).toFixed(1)}% of its characters are unreadable as ${chosen.encoding}`,
    );
  }
  return chosen;
}

/**
 * Bytes to text: BOM first (UTF-8, UTF-16, UTF-32), then valid UTF-8, then a declared encoding when
 * given (an HTML meta charset), then UTF-8 with a few malformed bytes, then chardet's guesses decoded
 * with iconv-lite. Strips the BOM and normalises CRLF and CR to LF. Throws NewsannoError 'empty'
 * (no text), 'binary' (not a text file) or 'decode' (no encoding reads it cleanly).
 */
export function decodeText(bytes: Buffer, file: string, options: DecodeOptions = {}): DecodedText {
  const bom = bomOf(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (body.length === 0) {
    throw new NewsannoError('empty file', { code: 'empty', file, hint: 'the file holds no text; remove it or fill it in' });
  }
  let decoded: { text: string; encoding: string };
  if (bom) {
    decoded = { text: decodeAs(body, bom.encoding), encoding: bom.encoding };
    const bad = replacements(decoded.text);
    if (!tolerable(bad)) {
      throw decodeError(
        file,
        `the file starts with a ${bom.encoding} byte order mark but ${(bad.share * 100).toFixed(1)}% of it is not ${bom.encoding}`,
      );
    }
  } else {
    const kind = binaryKind(body);
    if (kind) {
      throw new NewsannoError(`${kind}, not a text article`, {
        code: 'binary',
        file,
        hint: 'not an article; remove it or ingest only the article files',
      });
    }
    decoded = decodeUnmarked(body, file, options.declared);
  }
  const text = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new NewsannoError('the file holds only whitespace', {
      code: 'empty',
      file,
      hint: 'the file holds no text; remove it or fill it in',
    });
  }
  return { text, encoding: decoded.encoding, bom: bom !== null };
}
