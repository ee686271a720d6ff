// Who "he" or "she" is: a person named earlier in the same sentence (the nearest), else in an earlier
// sentence, where the subject of that sentence wins over a person it mentions in passing ("Cameron
// acknowledged he had disagreed with Sunak's decisions. '…,' he said" is Cameron). Names inside
// quotation marks are what someone said, not who is talked about.
import type { Entity, Mention, TextSpan } from '../../core/types.js';
import type { EnContext } from './context.js';
import { insideQuote, type QuoteSpan } from './quote-spans.js';

export interface ReferentContext {
  work: string;
  sentences: readonly TextSpan[];
  persons: readonly Mention[];
  quotes: readonly QuoteSpan[];
  entity: (id: string) => Entity | undefined;
  genderOf: (e: Entity | undefined) => 'f' | 'm' | null;
}

export const referents = (ctx: EnContext): ReferentContext => ({
  work: ctx.work,
  sentences: ctx.sentences,
  persons: ctx.persons,
  quotes: ctx.quotes,
  entity: (id: string) => ctx.registry.get(id),
  genderOf: ctx.genderOf,
});

/** How far back a pronoun may reach, in sentences. */
const REACH = 4;
/** Words before a name that make it an object, not the subject: "told Murati", "for Yoon", "by Sunak". */
export const OBJECT_BEFORE = /\b(?:by|from|to|with|for|of|about|than|at|into|told|tells|thanked|thank|fired|ousted|sacked|removed|remove|replaced|replacing|replace|succeed|succeeds|succeeding|succeeded|named|appointed|hired|promoted|reappointed|praised|criticised|criticized|accused|met|called|urged)\s+(?:(?:the|his|her|its|their|former|founder|co-founder|chief|executive|president|chairman|chair|prime|minister|rival|new|interim|acting|board|vice|senior|secretary)\s+){0,3}$/i;

/** `not`: people the pronoun cannot be ("X will succeed him" is not X). */
export function pronounReferent(ctx: ReferentContext, at: number, gender: 'f' | 'm', not: readonly string[] = []): Mention | null {
  const fits = (m: Mention) => {
    const g = ctx.genderOf(ctx.entity(m.entityId));
    return (!g || g === gender) && !insideQuote(ctx.quotes, m.start) && !not.includes(m.entityId);
  };
  let k = ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (k < 0) k = ctx.sentences.findIndex((s) => s.start > at) - 1;
  for (let n = 0; n <= REACH && k - n >= 0; n++) {
    const s = ctx.sentences[k - n];
    const here = ctx.persons.filter((m) => m.start >= s.start && m.end <= Math.min(s.end, at) && fits(m));
    if (!here.length) continue;
    if (n === 0) return here[here.length - 1];
    return here.find((m) => isSubject(ctx.work, s.start, m)) ?? here[here.length - 1];
  }
  return null;
}

/** A name standing as a subject: not possessive ("Sunak's decisions"), not after a verb or preposition. */
export function isSubject(work: string, sentenceStart: number, m: TextSpan): boolean {
  if (/^['’]s\b/.test(work.slice(m.end, m.end + 2))) return false;
  return !OBJECT_BEFORE.test(work.slice(Math.max(sentenceStart, m.start - 40), m.start));
}
