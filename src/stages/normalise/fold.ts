// Length-preserving character folds. Every fold maps one UTF-16 unit to one, so the working copy
// stays index-aligned with the original text and offsets need no translation (see offset-map.ts for
// the general case).
import * as OpenCC from 'opencc-js';

const toSimplifiedRaw = OpenCC.Converter({ from: 't', to: 'cn' });

/** Full-width ASCII (Ａ１，：) → half-width, the ideographic space → space. */
export function foldWidth(s: string): string {
  // Fast path: most text has nothing to fold.
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : s[i];
  }
  return out;
}

/** Every way news text separates the parts of a transliterated name, folded to the middle dot. */
const NAME_SEPARATORS = /[・•‧∙⋅･]/g;
/** A full stop between Chinese characters is a name separator written with the wrong key (米雪兒．霍爾索斯). */
const DOT_IN_NAME = /(?<=\p{Script=Han})[.．](?=\p{Script=Han})/gu;
export const foldNameSeparators = (s: string): string => s.replace(NAME_SEPARATORS, '·').replace(DOT_IN_NAME, '·');

/**
 * Traditional → simplified, character by character. OpenCC's character tables are one-to-one for
 * the BMP, but should a conversion ever change the length, the text is converted line by line and a
 * line whose length would change is kept as it is (a missed fold is better than broken offsets).
 */
export function toSimplified(s: string): string {
  const out = toSimplifiedRaw(s);
  if (out.length === s.length) return out;
  return s
    .split('\n')
    .map((line) => {
      const l = toSimplifiedRaw(line);
      return l.length === line.length ? l : line;
    })
    .join('\n');
}

/** The working copy of a text: simplified script, half-width, one name separator. Same length as `s`. */
export function workingCopy(s: string): string {
  return foldNameSeparators(toSimplified(foldWidth(s)));
}
