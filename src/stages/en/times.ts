// Time expressions as the English event rules read them: the dates stage's findings per sentence,
// plus what news writing leans on that it leaves unvalued: "effective immediately" (the published
// day), "In March last year" (one month, not two points), "at the end of the year", "in the summer",
// and expressions that point back to a date just given ("the same day", "on that date", "hours
// later", "six days later", "later that year"), valued from that date at a precision they can carry.
import type { TextSpan } from '../../core/types.js';
import { findTimesEn } from '../dates/index.js';
import type { TimeSpan } from '../events/types.js';
import { datelines } from './dateline.js';

/** Expressions the dates stage does not find (or leaves unvalued) that English news uses for a change's date. */
const EXTRA: { re: RegExp; value: (published: string) => string; relative: boolean }[] = [
  { re: /\b(?:effective|with)\s+immediate(?:ly|\s+effect)\b/gi, value: (p) => p, relative: true },
  { re: /\b(?:the\s+)?end\s+of\s+(?:this|the)\s+year\b/gi, value: (p) => p.slice(0, 4), relative: true },
  { re: /\b(?:(?:in|during)\s+the|this|last)\s+(?:summer|spring|autumn|fall|winter)\b/gi, value: (p) => p.slice(0, 4), relative: true },
];
/** Pointing back to the date of the change just reported, and the precision they keep. */
const BACK: { re: RegExp; keep: number }[] = [
  { re: /^(?:on\s+)?(?:the\s+same|that)\s+(?:day|date|night)$|^(?:later\s+|earlier\s+|late\s+|early\s+)?that\s+(?:day|night|morning|evening|afternoon)$|^hours\s+later$|^in\s+the\s+same\s+(?:announcement|statement|filing|release)$/i, keep: 10 },
  { re: /^(?:later|earlier)?\s*that\s+month$|^the\s+same\s+(?:month|week)$|^(?:a\s+few|several|\w+)\s+days\s+later$|^days\s+later$|^the\s+(?:next|following)\s+day$|^a\s+day\s+later$/i, keep: 7 },
  { re: /^(?:later|earlier)?\s*that\s+year$|^(?:later\s+in\s+)?the\s+same\s+year$|^(?:a\s+few|several|\w+)\s+(?:weeks|months)\s+later$/i, keep: 4 },
];

export function timesOf(text: string, work: string, sentences: readonly TextSpan[], published: string | null): TimeSpan[] {
  const out: TimeSpan[] = [];
  const at = (start: number, end: number, value: string | null, relative: boolean, kind: TimeSpan['kind']): TimeSpan => ({ start, end, text: text.slice(start, end), value, relative, kind });
  let last: string | null = null;
  const lines = datelines(work);
  for (const s of sentences) {
    const piece = work.slice(s.start, s.end);
    // "last year after sending …", "the end of the year after 12 years": "after" is a preposition
    // there, not "the year after"; masked (same length) so "last year" is read as a year.
    const masked = piece.replace(/(\byear\s+)(after|before)(?=\s+(?:\p{Ll}+ing|\d+|the|a|an|his|her|its|their)\b)/giu, (_m, y: string, w: string) => y + ' '.repeat(w.length));
    const found: TimeSpan[] = findTimesEn(masked, published).map((t) => at(s.start + t.start, s.start + t.end, t.value, t.relative, t.kind));
    if (published)
      for (const x of EXTRA)
        for (const m of piece.matchAll(x.re)) {
          const start = s.start + m.index!;
          const end = start + m[0].length;
          if (!found.some((t) => t.start < end && start < t.end)) found.push(at(start, end, x.value(published), x.relative, 'point'));
        }
    for (const m of piece.matchAll(/\bon\s+(?:the\s+same|that)\s+date\b|\bin\s+the\s+same\s+(?:announcement|statement|filing|release)\b/gi)) {
      const start = s.start + m.index!;
      if (!found.some((t) => t.start < start + m[0].length && start < t.end)) found.push(at(start, start + m[0].length, null, false, 'anchored-elsewhere'));
    }
    found.sort((a, b) => a.start - b.start);
    // A dateline's date is the day the story was filed, not a change's.
    for (let k = found.length - 1; k >= 0; k--) if (lines.some((d) => found[k].start >= d.start && found[k].end <= d.end)) found.splice(k, 1);
    for (const t of joinMonthYear(work, found)) {
      if (t.kind === 'anchored-elsewhere' && last) {
        const back = BACK.find((b) => b.re.test(t.text.trim()));
        if (back) {
          out.push({ ...t, value: last.slice(0, back.keep), relative: true, kind: 'point' });
          continue;
        }
      }
      if (t.kind === 'point' && t.value && !/^since\b/i.test(t.text)) last = t.value;
      out.push(t);
    }
  }
  return out;
}

/** "In March last year", "in August last year": one month of the year named after it. */
function joinMonthYear(work: string, times: TimeSpan[]): TimeSpan[] {
  const out: TimeSpan[] = [];
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    const next = times[i + 1];
    if (next && t.value?.length === 7 && next.value?.length === 4 && /^\s+$/.test(work.slice(t.end, next.start)) && /^(?:last|this|next)\s+year$/i.test(next.text)) {
      out.push({ start: t.start, end: next.end, text: `${t.text}${work.slice(t.end, next.start)}${next.text}`, value: `${next.value}${t.value.slice(4)}`, relative: true, kind: 'point' });
      i++;
    } else out.push(t);
  }
  return out;
}

const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7) || 1) - Number(a.slice(5, 7) || 1);

/** Whether a time expression names its year ("March 2020", "last year") or leaves it to the reader ("April 1"). */
const namesYear = (t: TimeSpan) => /\b\d{4}\b|\b(?:last|next|this|ago|yesterday|today|tomorrow|earlier|later)\b/i.test(t.text);

/**
 * A change announced for later ("will step down at the end of March", "effective April 1") happens on
 * the next such date: the dates stage reads a bare month as the past one, which is right for past
 * tense and wrong here.
 */
export function forward(t: TimeSpan, published: string | null): string | null {
  if (!t.value || !published || !t.relative || namesYear(t)) return t.value;
  const p = published.slice(0, t.value.length);
  // A date a few weeks back stays ("effective April 1" announced April 9); one read months back
  // ("April 1" in January, "1 January" in November) is the next one.
  if (t.value >= p || monthsBetween(t.value, published) <= 1) return t.value;
  const shifted = `${Number(t.value.slice(0, 4)) + 1}${t.value.slice(4)}`;
  return shifted >= p ? shifted : t.value;
}
