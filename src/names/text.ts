// Text helpers shared by the name model's build and runtime: how a Chinese name and an English name
// are cut into the pieces the models score.

/** Characters Chinese text uses between the parts of a transliterated name (米拉·穆拉蒂, 让-吕克). */
const ZH_SEPARATORS = /[·•・‧∙⋅．.\-－‐‑–—=＝\s\u3000]+/u;
const HAN = /^\p{Script=Han}$/u;

/** Latin letters that NFD does not decompose into a base letter plus a mark. */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h',
};

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * An English name token folded to the letters a-z: lower case, diacritics dropped (Döllinger →
 * dollinger), apostrophes joined (O'Brien → obrien). Anything else is removed.
 */
export function foldLatin(token: string): string {
  const lower = token.toLowerCase();
  let out = '';
  for (const ch of lower.normalize('NFD')) {
    if (ch >= 'a' && ch <= 'z') out += ch;
    else if (LATIN_SPECIAL[ch]) out += LATIN_SPECIAL[ch];
  }
  return out;
}

/** The tokens of an English name: split at spaces, hyphens, dots and commas, each folded to a-z. */
export function englishTokens(name: string): string[] {
  return name
    .split(/[\s\-‐‑–—.,;:/_()]+/u)
    .map(foldLatin)
    .filter((t) => t.length > 0);
}

/**
 * The parts of a Chinese name as written: split at separators (米拉·穆拉蒂 → 米拉, 穆拉蒂). A name run
 * together (达里奥阿莫蒂) is one part. Characters go through `mapChar` (traditional → simplified).
 */
export function chineseParts(name: string, mapChar: (ch: string) => string = (c) => c): string[] {
  return name
    .split(ZH_SEPARATORS)
    .filter((p) => p.length > 0)
    .map((p) => Array.from(p, mapChar).join(''));
}

/** True when every character of `s` is a Han character (and there is at least one). */
export function isAllHan(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!isHan(ch)) return false;
  return true;
}
