// English quotes: words in quotation marks attributed to a named person, by the speaker after the
// quote (“…,” Murati wrote / said Tom Keller / its editor, Luca Moretti, said / she said), before it
// (Nwosu said: “…” / Moe was blunt: “…” / Brockman wrote, “…”), or around a partial quote in the
// same sentence (Tsai said the new leadership would “get back to basics.”). A quote that follows an
// attributed one in its paragraph ("…," she said. "…") or continues it in the next paragraph is the
// same speaker's, as a separate event. Words attributed to a company, a board or a newspaper, scare
// quotes and defined terms are not quotes.
import type { Mention } from '../../core/types.js';
import { findCues } from '../../dictionary/cues.js';
import { quoteDraft, type EventDraft } from '../events/types.js';
import type { EnContext } from './context.js';
import type { QuoteSpan } from './quote-spans.js';
import { OBJECT_BEFORE, pronounReferent, referents } from './referents.js';

interface Speaker {
  personId: string | null;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

const wordsIn = (s: string) => s.split(/[^\p{L}\p{N}']+/u).filter(Boolean).length;
/** Partial quotes need two words: one quoted word is a scare quote more often than speech. */
const PARTIAL_MIN_WORDS = 2;

export function extractQuotesEn(ctx: EnContext, followOnMinWords: number): EventDraft[] {
  const out: EventDraft[] = [];
  const quotes = ctx.quotes.filter((q) => !ctx.quotes.some((o) => o !== q && o.inner.start <= q.start && q.end <= o.inner.end));
  let previous: { q: QuoteSpan; speaker: Speaker } | null = null;
  for (const q of quotes) {
    const inner = ctx.work.slice(q.inner.start, q.inner.end);
    if (!/\p{L}/u.test(inner)) continue;
    const speaker: Speaker | null = after(ctx, q) ?? before(ctx, q) ?? continued(ctx, q, previous, wordsIn(inner) >= followOnMinWords);
    if (!speaker) {
      previous = null;
      continue;
    }
    previous = { q, speaker };
    if (!speaker.personId) continue;
    const start = Math.min(q.start, speaker.start);
    const end = Math.max(q.end, speaker.end);
    out.push(quoteDraft(ctx.text, { personId: speaker.personId, quote: q.inner, evidence: { start, end }, trigger: speaker, confidence: speaker.confidence, rule: `en.quote.${speaker.rule}` }));
  }
  return out;
}

const personIn = (ctx: EnContext, from: number, to: number): Mention | undefined => ctx.persons.find((m) => m.start >= from && m.end <= to);
const anyNameIn = (ctx: EnContext, from: number, to: number): Mention | undefined => ctx.mentions.find((m) => m.start >= from && m.end <= to);

function pronounSpeaker(ctx: EnContext, at: number, word: string, start: number, end: number, confidence: number, rule: string): Speaker | null {
  const ref = pronounReferent(referents(ctx), at, /^(?:she|her)$/i.test(word) ? 'f' : 'm');
  return ref ? { personId: ref.entityId, start, end, confidence, rule } : null;
}

/** “…,” Murati wrote / said Tom Keller / its editor, Luca Moretti, said / she said / the company said (no person). */
function after(ctx: EnContext, q: QuoteSpan): Speaker | null {
  const { low, work } = ctx;
  const lineEnd = work.indexOf('\n', q.end);
  const limit = Math.min(lineEnd < 0 ? work.length : lineEnd, q.end + 110);
  const from = q.end + /^[\s,]*/.exec(work.slice(q.end, limit))![0].length;
  if (from === q.end && !/[,.!?]$/.test(work.slice(q.inner.start, q.inner.end).trim()) && q.closed) return null;
  const verb = findCues(low, ctx.cues, 'quote-verb', from, limit).find((v) => v.start - from <= 60);
  if (!verb) return null;
  const between = work.slice(from, verb.start);
  if (/[.;!?"“”]/.test(between.replace(/\b(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr)\./gu, ''))) return null;
  if (between.trim() === '') {
    // said Tom Keller / said Castlegate founder Robert Lyle / according to Altman
    const p = personIn(ctx, verb.end, Math.min(limit, verb.end + 60));
    if (p && /^\s+(?:[\w.'’&-]+\s+){0,4}$/.test(work.slice(verb.end, p.start))) return { personId: p.entityId, start: from, end: p.end, confidence: 0.9, rule: 'verb-speaker-after' };
    const other = anyNameIn(ctx, verb.end, Math.min(limit, verb.end + 40));
    return other && /^\s+(?:the\s+)?$/.test(work.slice(verb.end, other.start)) ? { personId: null, start: from, end: other.end, confidence: 0, rule: 'not-a-person' } : null;
  }
  const pron = /^(he|she)\s+$/i.exec(between);
  if (pron) return pronounSpeaker(ctx, from, pron[1], from, verb.end, 0.82, 'pronoun-after');
  // Murati wrote / Chief Executive Karen Liu-Bramwell said / its editor, Luca Moretti, said
  const p = ctx.persons.filter((m) => m.start >= from && m.end <= verb.start).pop();
  if (p && /^(?:[\w.'’-]+,?\s+){0,4}$/.test(work.slice(from, p.start)) && /^(?:,[^,;]{1,80},|,)?\s+$/.test(work.slice(p.end, verb.start))) return { personId: p.entityId, start: from, end: verb.end, confidence: 0.92, rule: 'speaker-after' };
  // the company said / Veltro said / a spokesman said: someone, but no named person.
  return { personId: null, start: from, end: verb.end, confidence: 0, rule: 'not-a-person' };
}

/** Nwosu said: “…” / Moe was blunt: “…” / Brockman wrote, “…” / Tsai said the leadership would “…” */
function before(ctx: EnContext, q: QuoteSpan): Speaker | null {
  const { low, work } = ctx;
  const para = ctx.paragraphs.find((p) => p.start <= q.start && q.start <= p.end);
  // A quote opening its paragraph after one that ends in a colon ("…, she said:").
  let from = Math.max(para?.start ?? 0, q.start - 220);
  let lead = work.slice(from, q.start);
  if (para && para.start === q.start) {
    const prevPara = ctx.paragraphs.filter((p) => p.end < q.start).pop();
    if (!prevPara || !/:\s*$/.test(prevPara.text)) return null;
    from = Math.max(prevPara.start, prevPara.end - 220);
    lead = work.slice(from, prevPara.end);
  }
  const sentenceStart = Math.max(from, lastSentenceStart(lead, from));
  const intro = /(:|,)\s*$/.exec(lead);
  const clauseEnd = intro ? from + intro.index : from + lead.length;
  // by her own account, "…"
  const account = /\bby\s+(his|her)\s+own\s+account,?\s*$/i.exec(lead);
  if (account) return pronounSpeaker(ctx, from + account.index, account[1], from + account.index, q.start, 0.75, 'own-account');
  const verbs = findCues(low, ctx.cues, 'quote-verb', sentenceStart, clauseEnd);
  const verb = verbs[verbs.length - 1];
  // According to Sam Altman, "…"
  if (verb?.cue.cue === 'according to' && intro) {
    const p = personIn(ctx, verb.end, clauseEnd);
    return p && /^\s+$/.test(work.slice(verb.end, p.start)) ? { personId: p.entityId, start: verb.start, end: q.start, confidence: 0.85, rule: 'according-to' } : null;
  }
  if (intro) {
    // The verb closes the lead-in: "Nwosu said:", "Sam Altman replied soon afterwards:", "Brockman wrote,"
    const closes = verb && /^(?:\s+(?:[a-z]+|in\s+a\s+[\w\s]{1,30}|on\s+\w+))*\s*$/.test(low.slice(verb.end, clauseEnd));
    const byVerb = closes ? subjectOf(ctx, sentenceStart, verb.start, 0, intro[1] === ':' ? 'speaker-before' : 'speaker-before-comma') : null;
    // "Moe was blunt:": a colon after a short predicate of a named subject.
    if (byVerb || intro[1] !== ':') return byVerb;
    const segment = Math.max(sentenceStart, from + (lead.slice(0, clauseEnd - from).lastIndexOf(',') + 1));
    return subjectOf(ctx, segment, clauseEnd, 6, 'colon-intro');
  }
  if (!verb) return null;
  // A partial quote inside the reported clause: the quote ends the sentence or follows the clause closely.
  if (wordsIn(work.slice(q.inner.start, q.inner.end)) < PARTIAL_MIN_WORDS) return null;
  if (q.start - verb.end > 120 || /["“”]/.test(work.slice(verb.end, q.start))) return null;
  return subjectOf(ctx, sentenceStart, verb.start, 0, 'partial');
}

function lastSentenceStart(lead: string, from: number): number {
  const m = [...lead.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)].pop();
  return m ? from + m.index! + m[0].length : from;
}

/** The person (or he/she) standing as subject right before `at`, with at most `slack` words between. */
function subjectOf(ctx: EnContext, from: number, at: number, slack: number, rule: string): Speaker | null {
  const { work } = ctx;
  const gapOk = (g: string) => new RegExp(`^(?:,[^,;]{1,80},)?(?:\\s+[\\w'’-]+){0,${slack}}\\s*$`).test(g);
  const p = ctx.persons.filter((m) => m.start >= from && m.end <= at).pop();
  const pron = [...work.slice(from, at).matchAll(/\b(he|she)\b/gi)].pop();
  const pronAt = pron ? from + pron.index! : -1;
  if (pron && (!p || pronAt > p.end) && gapOk(work.slice(pronAt + pron[0].length, at))) return pronounSpeaker(ctx, pronAt, pron[1], pronAt, at, 0.78, `pronoun-${rule}`);
  if (!p || !gapOk(work.slice(p.end, at))) return null;
  if (OBJECT_BEFORE.test(work.slice(Math.max(from, p.start - 40), p.start)) || /^['’]s\b/.test(work.slice(p.end, p.end + 2))) return null;
  return { personId: p.entityId, start: p.start, end: at, confidence: 0.88, rule };
}

/** "…," she said. "…" — the same speaker goes on, in the paragraph or in the next (open-quote convention). */
function continued(ctx: EnContext, q: QuoteSpan, previous: { q: QuoteSpan; speaker: Speaker } | null, long: boolean): Speaker | null {
  if (!previous) return null;
  const { work } = ctx;
  const sp = previous.speaker;
  const same = (rule: string, confidence: number): Speaker => ({ personId: sp.personId, start: sp.start, end: sp.end, confidence, rule });
  const gap = work.slice(Math.max(previous.q.end, sp.end), q.start);
  if (!gap.includes('\n')) return /^(?:,[^.;"“”]{0,120})?[.,]?\s*$/.test(gap) || /^[.,]?\s*$/.test(gap) ? same('follow-on', sp.confidence * 0.95) : null;
  const para = ctx.paragraphs.find((p) => p.start === q.start);
  if (!para) return null;
  // The previous paragraph's quote ran on without a closing mark: this one continues it.
  if (!previous.q.closed && /^\s*$/.test(work.slice(previous.q.end, q.start))) return same('continued', sp.confidence * 0.9);
  // A paragraph that is only a quote, right after an attributed one, continues that speaker.
  const onlyQuote = q.end >= para.end - 1;
  return onlyQuote && long && /^\s*$/.test(work.slice(Math.max(previous.q.end, sp.end), para.start).replace(/^[^\n]*?[.!?]?\s*\n/, '')) ? same('follow-on-paragraph', sp.confidence * 0.8) : null;
}

