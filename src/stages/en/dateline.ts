// Datelines open a news story's first paragraph: "SANTA CLARA, Calif., March 12 —", "OSLO —",
// "BOSTON, May 6, 2024 --". Their place is no name in the story and their date is the filing day,
// not the date of a change.
import type { TextSpan } from '../../core/types.js';

const DATELINE = /(?:^|\n)(\p{Lu}[\p{Lu} .'-]+(?:,[^\n—–]{1,40}?)?)\s+(?:—|--|–)\s/gu;

/** The dateline spans of a text. */
export function datelines(work: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of work.matchAll(DATELINE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ start, end: start + m[1].length, text: m[1] });
  }
  return out;
}
