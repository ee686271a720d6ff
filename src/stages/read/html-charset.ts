import { decodeText, type DecodedText } from './decode.js';

// The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">, mapped the way
// browsers map it (WHATWG Encoding): gb2312 and gbk labels read as GB18030, their superset, since
// pages declaring gb2312 routinely use GBK-only characters; latin1 labels read as windows-1252.

const SNIFF_BYTES = 4096;

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  csgb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'iso-ir-58': 'gb18030',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
  // A page cannot really be UTF-16 when its meta tag was readable as ASCII (WHATWG says the same).
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  unicode: 'utf-8',
};

/** The charset declared in the first 4 KiB of a page, as an encoding name, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const m = head.match(/<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i);
  if (!m) return null;
  const label = m[1].toLowerCase();
  return ALIASES[label] ?? label;
}

/** A page's bytes as text, honouring its declared charset (see decodeText for the rest). */
export function decodeHtml(bytes: Buffer, file: string): DecodedText {
  return decodeText(bytes, file, { declared: declaredCharset(bytes) });
}
