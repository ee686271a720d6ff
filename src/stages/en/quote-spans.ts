// Quoted stretches of English text. Marks pair up within a paragraph (“…”, "…", and ‘…’ when the ’
// is not an apostrophe). A mark left open is a quote to the end of its paragraph when the next
// paragraph opens again (a quote running over paragraphs), a quote up to its attribution when the
// closing mark is missing (`"We thank Ben, Orr said.`), and otherwise a stray mark. Never throws.

export interface QuoteSpan {
  /** The opening mark. */
  start: number;
  /** After the closing mark, or the end of the paragraph when the quote is left open. */
  end: number;
  /** The words between the marks. */
  inner: { start: number; end: number };
  closed: boolean;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

export function quoteSpans(work: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let from = 0;
  const paras = work.split('\n');
  paras.forEach((para, k) => {
    const found = inParagraph(work, from, from + para.length);
    const open = found.find((q) => !q.closed);
    // A quote continued in the next paragraph (which opens again) runs to its paragraph's end;
    // otherwise the closing mark is missing and the attribution ends the quote; a mark with neither
    // is a stray character.
    const continues = /^\s*["“]/.test(paras.slice(k + 1).find((p) => p.trim()) ?? '');
    const kept = open && !continues && !cutAtAttribution(work, open) ? found.filter((q) => q !== open) : found;
    out.push(...kept);
    from += para.length + 1;
  });
  for (const q of [...out]) if (q.closed) out.push(...singleQuoted(work, q.inner.start, q.inner.end));
  return out.sort((a, b) => a.start - b.start);
}

function inParagraph(work: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; close: string } | null = null;
  for (let i = from; i < to; i++) {
    const c = work[i];
    if (open) {
      if (c === open.close) {
        out.push({ start: open.at, end: i + 1, inner: { start: open.at + 1, end: i }, closed: true });
        open = null;
      }
      continue;
    }
    if (c === '"') open = { at: i, close: '"' };
    else if (OPEN_CLOSE[c]) open = { at: i, close: OPEN_CLOSE[c] };
  }
  if (open && /\S/.test(work.slice(open.at + 1, to))) out.push({ start: open.at, end: to, inner: { start: open.at + 1, end: trimEnd(work, open.at + 1, to) }, closed: false });
  return out;
}

/** ‘…’ inside the text: an opening ‘ not after a letter, a closing ’ not before one (it's, Brightwater’s). */
function singleQuoted(work: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = from; i < to; i++) {
    if (work[i] !== '‘' || /\p{L}/u.test(work[i - 1] ?? '')) continue;
    let j = work.indexOf('’', i + 1);
    while (j > 0 && j < to && /\p{L}/u.test(work[j + 1] ?? '')) j = work.indexOf('’', j + 1);
    if (j < 0 || j >= to) continue;
    out.push({ start: i, end: j + 1, inner: { start: i + 1, end: j }, closed: true });
    i = j;
  }
  return out;
}

const ATTRIBUTION = /,(?=\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:said|says|added|adds|wrote|writes|told|tells)\b|\s+(?:said|says|added|wrote)\s)/u;

function cutAtAttribution(work: string, q: QuoteSpan): boolean {
  const m = ATTRIBUTION.exec(work.slice(q.inner.start, q.end));
  if (!m) return false;
  q.inner.end = q.inner.start + m.index + 1;
  q.end = q.inner.end;
  return true;
}

function trimEnd(work: string, from: number, to: number): number {
  while (to > from && /\s/.test(work[to - 1])) to--;
  return to;
}

/** Whether an offset lies inside quoted words. */
export function insideQuote(spans: readonly QuoteSpan[], at: number): boolean {
  return spans.some((q) => at >= q.inner.start && at < q.inner.end);
}

