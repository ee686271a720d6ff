// Chinese and Arabic numerals as they appear in dates and counts: 2020, 二〇二〇, 十三, 两, 半.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Regex source for a written number (no vague markers): 13, 1.5, 十三, 二〇二〇, 两. */
export const ZH_NUMBER = String.raw`(?:\d+(?:\.\d+)?|[零〇○一二两三四五六七八九十百千]+)`;

/** The value of a written number, or null when it is not one. */
export function parseZhNumber(raw: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  if (raw === '半') return 0.5;
  if (raw.length === 0 || ![...raw].every((ch) => ch in DIGITS || ch in UNITS)) return null;
  // Read digit by digit when there is no unit character: 二〇二〇 is 2020, not 2+0+2+0.
  if (![...raw].some((ch) => ch in UNITS)) {
    return raw.length === 1 ? DIGITS[raw]! : Number([...raw].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of raw) {
    const unit = UNITS[ch];
    if (unit === undefined) {
      digit = DIGITS[ch]!;
      continue;
    }
    if (unit >= lastUnit) return null; // 十百 is not a number
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}

/** A number that reads as a calendar year (2018, 二〇二〇): four digits, 1800 to 2199. */
export function yearNumber(raw: string): number | null {
  if (!/^(?:\d{4}|[零〇○一二三四五六七八九]{4})$/.test(raw)) return null;
  const n = parseZhNumber(raw);
  return n !== null && n >= 1800 && n <= 2199 ? n : null;
}

/** True when the count is vague (几, 数, 多, 余): such counts never give a value. */
export const isVagueCount = (raw: string): boolean => /[几数多余]/.test(raw);
