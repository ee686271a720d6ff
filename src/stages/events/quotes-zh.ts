// Chinese quotes: “…” 「…」 『…』 ‘…’ attributed to a named speaker through a quote verb, before the
// quote (X表示：“…” / X强调了…是“…”) or after it (“…”，X说), also across a sentence break (X表示：↵“…”).
import { findCues, type CueSet } from '../../dictionary/cues.js';
import type { TextSpan } from '../../core/types.js';
import { quoteDraft, type EventDraft, type EventInput } from './types.js';
import { nearestSubject, zhContext, type Ctx } from './zh.js';

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"' };
/** Shorter quotes are scare quotes or names (“产品”), not speech. */
const MIN_QUOTE_UNITS = 5;

export interface QuoteSpan {
  open: number;
  close: number;
  inner: TextSpan;
}

/** Balanced quotation pairs within a paragraph; an unbalanced mark is skipped, never an error. */
export function findQuoteSpans(work: string, text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < work.length; i++) {
    const close = PAIRS[work[i]];
    if (!close) continue;
    const lineEnd = work.indexOf('\n', i);
    const limit = lineEnd < 0 ? work.length : lineEnd;
    let j = work.indexOf(close, i + 1);
    // A nested opening of the same kind before the close means this one is unbalanced.
    if (j < 0 || j > limit) continue;
    if (close !== '"' && work.slice(i + 1, j).includes(work[i])) continue;
    out.push({ open: i, close: j, inner: { start: i + 1, end: j, text: text.slice(i + 1, j) } });
    i = j;
  }
  return out;
}

const units = (s: string) => (s.match(/[\p{Script=Han}]|[A-Za-z]+|\d+/gu) ?? []).length;

export function extractQuotesZh(input: EventInput, cues: CueSet, ctx: Ctx = zhContext(input, cues)): EventDraft[] {
  const { work, text } = input;
  const out: EventDraft[] = [];
  for (const q of findQuoteSpans(work, text)) {
    const n = units(q.inner.text);
    if (n < 2) continue;
    const s = input.sentences.find((x) => x.start <= q.open && q.open < x.end);
    if (!s) continue;
    const speaker = speakerBefore(ctx, cues, s.start, q.open) ?? speakerAcrossBreak(ctx, cues, s.start, q.open) ?? speakerAfter(ctx, cues, q.close + 1, Math.min(work.length, q.close + 30));
    if (!speaker) continue;
    // A short quotation is speech only when a quote verb introduces it closely (称该报道“完全错误”);
    // otherwise it is a scare quote or a name (“护城河”, “产品”).
    if (n < MIN_QUOTE_UNITS && !(speaker.rule === 'speaker-before' && q.open - speaker.verb.end <= 12)) continue;
    const start = Math.min(speaker.evidenceStart, q.open);
    const end = Math.max(speaker.evidenceEnd, q.close + 1);
    out.push(quoteDraft(text, { personId: speaker.personId, quote: q.inner, evidence: { start, end }, trigger: speaker.verb, confidence: speaker.confidence, rule: `zh.quote.${speaker.rule}` }));
  }
  return out;
}

interface Speaker {
  personId: string;
  verb: { start: number; end: number };
  evidenceStart: number;
  evidenceEnd: number;
  confidence: number;
  rule: string;
}

/** X表示：“…” or X强调了领导层变动是“…”: the last quote verb before the mark, with its subject. */
function speakerBefore(ctx: Ctx, cues: CueSet, from: number, open: number): Speaker | null {
  const { work } = ctx.input;
  // 雷军所说的“性价比”: a term someone used, not speech.
  const verbs = findCues(work, cues, 'quote-verb', from, open).filter((v) => open - v.end <= 30 && !/[。!?！？]/.test(work.slice(v.end, open)) && !/^的/.test(work.slice(v.end, v.end + 1)));
  for (const v of verbs.reverse()) {
    const subj = nearestSubject(ctx, from, v.start) ?? carriedSubject(ctx, from, v.start);
    if (!subj) continue;
    return { personId: subj.personId, verb: v, evidenceStart: subj.span.start, evidenceEnd: open, confidence: subj.confidence * (open - v.end <= 3 ? 1 : 0.9), rule: 'speaker-before' };
  }
  return null;
}

/**
 * 沈墨涵未予置评，只表示…“…”: a verb with no subject in its own clause speaks for the first person
 * of the sentence, when only adverbs stand before the verb in its clause.
 */
function carriedSubject(ctx: Ctx, from: number, verbStart: number) {
  const { work } = ctx.input;
  const clauseStart = Math.max(work.lastIndexOf(',', verbStart - 1), work.lastIndexOf('，', verbStart - 1)) + 1;
  if (clauseStart <= from || verbStart - clauseStart > 4) return null;
  const first = ctx.persons.find((m) => m.start >= from && m.end <= clauseStart);
  return first ? { personId: first.entityId, span: first as TextSpan, confidence: 0.75 } : null;
}

/** X表示：↵“…”: the previous sentence ends with a colon after a quote verb. */
function speakerAcrossBreak(ctx: Ctx, cues: CueSet, sentenceStart: number, open: number): Speaker | null {
  const { work } = ctx.input;
  if (open - sentenceStart > 1) return null;
  const prev = ctx.input.sentences.filter((x) => x.end <= sentenceStart).pop();
  if (!prev || !/[:：]\s*$/.test(work.slice(prev.start, prev.end))) return null;
  const s = speakerBefore(ctx, cues, prev.start, prev.end);
  return s ? { ...s, confidence: s.confidence * 0.95, rule: 'speaker-across-break', evidenceEnd: open } : null;
}

/** “…”，阿尔特曼说 / “…”他表示: a person right after the quote, then a quote verb. */
function speakerAfter(ctx: Ctx, cues: CueSet, from: number, to: number): Speaker | null {
  const { work } = ctx.input;
  const lead = /^[,，\s]{0,2}/.exec(work.slice(from, to))![0].length;
  const verbs = findCues(work, cues, 'quote-verb', from + lead, to).filter((v) => v.start - (from + lead) <= 12);
  for (const v of verbs) {
    const subj = nearestSubject(ctx, from + lead, v.start);
    if (!subj) continue;
    return { personId: subj.personId, verb: v, evidenceStart: from - 1, evidenceEnd: v.end, confidence: subj.confidence * 0.95, rule: 'speaker-after' };
  }
  return null;
}
