import type { EntityRegistry } from '../resolve/registry.js';
import type { RankKind, RoleMatch } from '../roles/index.js';
import type { EventType, Mention, Sentence, TextSpan, Token } from '../../core/types.js';

/** A role found in text, with its English title. Offsets index the text given to the finder. */
export interface RoleSpan extends TextSpan {
  en: string | null;
  /** 原副总裁 / former CFO: a role the person no longer holds. */
  former: boolean;
  /** What kind of post: executive, board, government, party … (from the title tables). */
  kind?: string;
}

/** A time expression with its resolved value; offsets index the article. */
export interface TimeSpan extends TextSpan {
  value: string | null;
  relative: boolean;
  kind: 'point' | 'duration' | 'anchored-elsewhere';
}

/** Everything the event rules read about one article. Offsets index the original text. */
export interface EventInput {
  articleId: string;
  text: string;
  /** The working copy (same length as text). */
  work: string;
  published: string | null;
  sentences: Sentence[];
  tokens: Token[];
  /** Resolved entity mentions, in text order. */
  mentions: Mention[];
  registry: EntityRegistry;
  roles: (from: number, to: number) => RoleSpan[];
  times: (from: number, to: number) => TimeSpan[];
}

/** An event before restatements are merged and ids assigned. */
export interface EventDraft {
  type: EventType;
  personId: string;
  orgId: string | null;
  /** Where the org came from: the clause itself is better evidence than the article's main organisation. */
  orgSource: 'clause' | 'apposition' | 'fact' | 'sentence' | 'article' | null;
  role: { text: string; en: string | null } | null;
  roleSource: 'clause' | 'apposition' | 'fact' | null;
  date: { value: string; span: TextSpan; relative: boolean } | null;
  quote: TextSpan | null;
  evidence: TextSpan;
  trigger: TextSpan;
  confidence: number;
  rule: string;
  /** The kind of post (government, executive …), to pick the organisation it belongs to. */
  roleKind?: string;
  /** The post the person held just before, as the statement names it (行长李建国, 此前担任COO的P). */
  priorRole?: string | null;
}

/** What the article says about a person's role or organisation, used to fill departures' arguments. */
export interface AffiliationFact {
  personId: string;
  orgId: string | null;
  role: { text: string; en: string | null } | null;
  at: number;
  source: 'apposition' | 'tenure' | 'event';
}

/** A quote event: speaker, the quoted span and the evidence around both (both languages build them alike). */
export function quoteDraft(text: string, o: { personId: string; quote: { start: number; end: number }; evidence: { start: number; end: number }; trigger: { start: number; end: number }; confidence: number; rule: string }): EventDraft {
  const span = (x: { start: number; end: number }) => ({ start: x.start, end: x.end, text: text.slice(x.start, x.end) });
  return {
    type: 'quote',
    personId: o.personId,
    orgId: null,
    orgSource: null,
    role: null,
    roleSource: null,
    date: null,
    quote: span(o.quote),
    evidence: span(o.evidence),
    trigger: span(o.trigger),
    confidence: o.confidence,
    rule: o.rule,
  };
}

/** The roles of each sentence, with offsets into the article (both languages find them alike). */
export function rolesBySentence(find: (piece: string) => RoleMatch[], sentences: readonly TextSpan[], work: string, text: string): (RoleSpan & { kind: RankKind })[] {
  const out: (RoleSpan & { kind: RankKind })[] = [];
  for (const s of sentences)
    for (const r of find(work.slice(s.start, s.end))) out.push({ start: s.start + r.start, end: s.start + r.end, text: text.slice(s.start + r.start, s.start + r.end), en: r.en, former: r.former, kind: r.kind });
  return out;
}
