// English quotes: “…” or "…" with the speaker after (“…,” Murati wrote / said Altman) or before
// (Altman said: “…”), split quotes (“…,” she said, “…”) as one, "according to X", pronoun speakers,
// and follow-on paragraphs that continue the previous speaker's quote.
import { findCues } from '../../dictionary/cues.js';
import type { Mention, TextSpan } from '../../core/types.js';
import type { EventDraft } from '../events/types.js';
import { quotedRangesEn, type EnglishContext } from './events.js';

interface Speaker {
  personId: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

const words = (s: string) => s.split(/[^\p{L}\p{N}']+/u).filter(Boolean).length;

export function extractQuotesEn(ctx: EnglishContext, minWords: number): EventDraft[] {
  const { work, text } = ctx.input;
  const out: EventDraft[] = [];
  const quotes = quotedRangesEn(work, 0, work.length);
  let previous = null as { speaker: Speaker; paragraphEnd: number } | null;
  for (let k = 0; k < quotes.length; k++) {
    let q = quotes[k];
    const inner = { start: q.start + 1, end: q.end - 1 };
    if (words(work.slice(inner.start, inner.end)) < minWords) continue;
    let speaker = speakerAfter(ctx, q.end) ?? speakerBefore(ctx, q.start);
    // “…,” she said, “…”: the second part joins the first.
    const next = quotes[k + 1];
    if (speaker && next && speaker.end < next.start && /^[\s,]*$/.test(work.slice(speaker.end, next.start).replace(/^[^,“"]*/, '')) && next.start - speaker.end <= 40 && !work.slice(q.end, next.start).includes('\n') && /,\s*$/.test(work.slice(q.start, q.end - 1))) {
      q = { start: q.start, end: next.end, text: work.slice(q.start, next.end) };
      inner.end = next.end - 1;
      k++;
    }
    const paragraphStart = work.lastIndexOf('\n', q.start) + 1;
    const prev = previous;
    if (!speaker && prev && paragraphStart === q.start && paragraphStart - prev.paragraphEnd <= 2 && paragraphStart > prev.paragraphEnd) {
      // A paragraph that is only a quote continues the previous speaker.
      speaker = { personId: prev.speaker.personId, start: prev.speaker.start, end: prev.speaker.end, confidence: prev.speaker.confidence * 0.8, rule: 'follow-on' };
    }
    if (!speaker) continue;
    const start = Math.min(q.start, speaker.start);
    const end = Math.max(q.end, speaker.end);
    out.push({
      type: 'quote',
      personId: speaker.personId,
      orgId: null,
      orgSource: null,
      role: null,
      roleSource: null,
      date: null,
      quote: { start: inner.start, end: inner.end, text: text.slice(inner.start, inner.end) },
      evidence: { start, end, text: text.slice(start, end) },
      trigger: { start: speaker.start, end: speaker.end, text: text.slice(speaker.start, speaker.end) },
      confidence: speaker.confidence,
      rule: `en.quote.${speaker.rule}`,
    });
    const paragraphEnd = work.indexOf('\n', q.end);
    previous = { speaker: { ...speaker, rule: speaker.rule }, paragraphEnd: paragraphEnd < 0 ? work.length : paragraphEnd };
  }
  return out;
}

function personAt(ctx: EnglishContext, from: number, to: number): Mention | undefined {
  return ctx.input.mentions.find((m) => m.type === 'person' && m.start >= from && m.end <= to);
}

/** “…,” Murati wrote / “…,” said Altman / “…,” she said / “…,” according to Altman. */
function speakerAfter(ctx: EnglishContext, at: number): Speaker | null {
  const { low, input } = ctx;
  const window = Math.min(low.length, at + 70);
  const lead = /^[\s,]*/.exec(low.slice(at, window))![0].length;
  const from = at + lead;
  const verbs = findCues(low, ctx.cues, 'quote-verb', from, window).filter((v) => v.start - from <= 40);
  const verb = verbs[0];
  if (!verb) return null;
  const between = low.slice(from, verb.start);
  const p = personAt(ctx, from, verb.start);
  if (p && /^[\s\w.'’-]*$/.test(between)) return { personId: p.entityId, start: from, end: verb.end, confidence: 0.92, rule: 'speaker-after' };
  const pron = /^(he|she)\s+$/.exec(between);
  if (pron) {
    const ref = referent(ctx, from, pron[1] === 'she' ? 'f' : 'm');
    if (ref) return { personId: ref.entityId, start: from, end: verb.end, confidence: 0.8, rule: 'pronoun-after' };
  }
  if (between.trim() === '') {
    // said Altman, / according to Altman
    const p2 = personAt(ctx, verb.end, Math.min(low.length, verb.end + 40));
    if (p2 && /^\s*(?:[\w.'’-]+\s+){0,4}$/.test(input.work.slice(verb.end, p2.start)) && !/\n/.test(input.work.slice(verb.end, p2.start))) return { personId: p2.entityId, start: from, end: p2.end, confidence: 0.9, rule: 'verb-speaker-after' };
  }
  return null;
}

/** Altman said: “…” / Altman wrote, “…” / Altman said that “…” */
function speakerBefore(ctx: EnglishContext, at: number): Speaker | null {
  const { low } = ctx;
  const s = ctx.input.sentences.find((x) => x.start <= at && at < x.end);
  const from = Math.max(s ? s.start : 0, at - 160);
  const verbs = findCues(low, ctx.cues, 'quote-verb', from, at).filter((v) => /^\s*(?:[:,]|that)?\s*$/.test(low.slice(v.end, at)) || /^\s+in\s+a\s+[\w\s]{1,30}[:,]\s*$/.test(low.slice(v.end, at)));
  const verb = verbs.pop();
  if (!verb) return null;
  const prior = ctx.input.mentions.filter((m) => m.type === 'person' && m.end <= verb.start && m.start >= from);
  const p = prior.pop();
  if (p && /^[\s\w,.'’-]{0,60}$/.test(low.slice(p.end, verb.start)) && !/[.;]/.test(low.slice(p.end, verb.start))) return { personId: p.entityId, start: p.start, end: at, confidence: 0.88, rule: 'speaker-before' };
  const pron = /\b(he|she)\s+$/.exec(low.slice(from, verb.start));
  if (pron) {
    const ref = referent(ctx, verb.start, pron[1] === 'she' ? 'f' : 'm');
    if (ref) return { personId: ref.entityId, start: verb.start - pron[0].length, end: at, confidence: 0.78, rule: 'pronoun-before' };
  }
  return null;
}

function referent(ctx: EnglishContext, at: number, gender: 'f' | 'm'): Mention | null {
  const prior = ctx.persons.filter((m) => m.end <= at && at - m.end < 600);
  for (let k = prior.length - 1; k >= 0; k--) {
    const g = ctx.genderOf(ctx.input.registry.get(prior[k].entityId));
    if (!g || g === gender) return prior[k];
  }
  return null;
}

export type { TextSpan };
