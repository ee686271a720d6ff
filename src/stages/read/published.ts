import type { PartialDate } from '../../core/types.js';

// A publication date as records and pages write it, to "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when that
// is all there is). The date is taken as written: "2024-09-26T23:30:00-05:00" is 2024-09-26, not
// shifted to UTC, because the writer's calendar day is what relative dates in the text count from.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const month = (name: string): number => MONTHS[name.slice(0, 3).toLowerCase()];
const ORDINAL = '(?:st|nd|rd|th)?';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds the partial date when its parts are a real calendar date between 1900 and 2100. */
function build(year: number, month?: number, day?: number): PartialDate | null {
  if (!(year >= 1900 && year <= 2100)) return null;
  if (month === undefined) return String(year);
  if (!(month >= 1 && month <= 12)) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!(day >= 1 && day <= daysIn(year, month))) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** Full-width digits (２０２４年) as ASCII. */
function foldDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Normalises a published value: ISO 8601 and its variants (2024-09-26T10:00:00+08:00, 2024/9/26,
 * 2024.09.26, 20240926, 2024-09, 2024), Chinese (2024年9月26日, 2024年9月), English (Sep 26, 2024,
 * 26 September 2024, Thu, 26 Sep 2024 10:00:00 GMT, September 2024), day-first or month-first numeric
 * dates when unambiguous (26/09/2024), and Unix timestamps in seconds or milliseconds (read in UTC).
 * Returns null when the value holds no readable date.
 */
export function normalisePublished(value: string | number | null | undefined): PartialDate | null {
  if (value === null || value === undefined) return null;
  const s = foldDigits(String(value)).trim();
  if (s === '') return null;
  let m: RegExpMatchArray | null;

  if ((m = s.match(/(?<!\d)(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?/))) {
    return build(Number(m[1]), num(m[2]), num(m[3]));
  }
  if ((m = s.match(/^(\d{10}|\d{13})$/))) {
    const ms = m[1].length === 10 ? Number(m[1]) * 1000 : Number(m[1]);
    const d = new Date(ms);
    return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if ((m = s.match(/^(\d{4})(\d{2})(\d{2})$/))) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = s.match(/(?<!\d)(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)/))) {
    return build(Number(m[1]), Number(m[2]), num(m[3]));
  }
  const monthFirst = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i');
  if ((m = s.match(monthFirst))) return build(Number(m[3]), month(m[1]), Number(m[2]));
  const dayFirst = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
  if ((m = s.match(dayFirst))) return build(Number(m[3]), month(m[2]), Number(m[1]));
  const monthYear = new RegExp(`\\b${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');
  if ((m = s.match(monthYear))) return build(Number(m[2]), month(m[1]));
  if ((m = s.match(/(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/))) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // 03/04/2024 could be either order: only take it when one part cannot be a month.
    if (a > 12 && b <= 12) return build(year, b, a);
    if (b > 12 && a <= 12) return build(year, a, b);
    return null;
  }
  if ((m = s.match(/^(\d{4})$/))) return build(Number(m[1]));
  return null;
}
