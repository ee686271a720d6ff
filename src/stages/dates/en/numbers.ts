// English counts as they appear before time units: 13, two, twenty-five, a, a couple of, several.

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, 'a couple of': 2, 'a dozen': 12, 'half a': 0.5, 'half an': 0.5,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Counts that say "some number of": the phrase is a time expression, but it has no value. */
const VAGUE = new Set(['few', 'a few', 'several', 'many', 'some', 'dozens of', 'a number of', 'multiple']);

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** Regex source (use with the `i` flag). Longer alternatives first so "a few" is not read as "a". */
export const EN_COUNT = String.raw`(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${ONES}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a dozen|a few|a number of|dozens of|half an?|an?|few|several|many|some|multiple)`;

export const EN_UNIT = '(?:day|week|month|year|decade|hour|minute)';

export interface Count {
  n: number | null;
  vague: boolean;
}

export function parseEnCount(raw: string): Count {
  const w = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(w)) return { n: Number(w), vague: false };
  if (VAGUE.has(w)) return { n: null, vague: true };
  if (w in SMALL) return { n: SMALL[w]!, vague: false };
  const [tens, ones] = w.split('-');
  if (tens !== undefined && tens in TENS) {
    const extra = ones === undefined ? 0 : SMALL[ones];
    return extra === undefined ? { n: null, vague: false } : { n: TENS[tens]! + extra, vague: false };
  }
  return { n: null, vague: false };
}
