// What the English event and quote rules read about one article, gathered once: resolved mentions,
// job titles with their kind, time expressions, quoted stretches, paragraphs and the organisation
// each part of the article is about.
import type { Entity, Mention, Sentence, TextSpan } from '../../core/types.js';
import type { CueSet } from '../../dictionary/cues.js';
import type { RoleSpan, TimeSpan } from '../events/types.js';
import type { EntityRegistry } from '../resolve/registry.js';
import type { RankKind } from '../roles/index.js';
import type { QuoteSpan } from './quote-spans.js';

/** A role found in English text: always with its kind (founder titles and government posts matter here). */
export type EnRole = RoleSpan & { kind: RankKind };

/** What the article says a person holds or held (an apposition, a title before the name, a tenure). */
export interface Fact {
  personId: string;
  orgId: string | null;
  role: { text: string; en: string | null } | null;
  at: number;
  source: 'apposition' | 'title' | 'tenure' | 'event';
  /** A government post: no organisation is assumed for it. */
  government: boolean;
  /** "the former chief executive of rival Casa Montero": a post no longer held. */
  former: boolean;
}

export interface EnContext {
  text: string;
  work: string;
  /** `work` in lower case, same length. */
  low: string;
  published: string | null;
  sentences: Sentence[];
  paragraphs: TextSpan[];
  mentions: Mention[];
  persons: Mention[];
  orgs: Mention[];
  registry: EntityRegistry;
  roles: EnRole[];
  times: TimeSpan[];
  quotes: QuoteSpan[];
  cues: CueSet;
  facts: Fact[];
  /** The organisation the article is mostly about, if any. */
  mainOrg: string | null;
  genderOf: (e: Entity | undefined) => 'f' | 'm' | null;
}

export const GOVERNMENT_KINDS: ReadonlySet<RankKind> = new Set(['government', 'legislature', 'party', 'diplomatic', 'judicial', 'military']);

export function lowerSameLength(s: string): string {
  const low = s.toLowerCase();
  return low.length === s.length ? low : [...s].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

export function paragraphsOf(work: string): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  for (const p of work.split('\n')) {
    if (p.trim()) out.push({ start: from, end: from + p.length, text: p });
    from += p.length + 1;
  }
  return out;
}

export const within = <T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] => list.filter((x) => x.start >= from && x.end <= to);

/** Where an article's opening ends: after its lede, the first paragraph that is a full sentence of some length. */
export function openingEnd(paragraphs: readonly TextSpan[]): number {
  const lede = paragraphs.find((p) => p.text.split(/\s+/).length >= 15 && /[.!?]["”’]?\s*$/.test(p.text));
  return lede ? lede.end : paragraphs[0]?.end ?? 0;
}

/** An organisation that announces or makes the change: "Intel said", "Harbor Crest named", "Microsoft has hired". */
const ACTS = /^(?:['’]s\s+board)?(?:,[^,;]{1,100},)?\s+(?:also\s+|on\s+\w+\s+|today\s+|has\s+|have\s+|had\s+)*(?:said|says|announced|announces|named|names|hired|hires|appointed|appoints|promoted|promotes|confirmed)\b/;

/**
 * The organisation the article is about: of those named in its opening (headline, standfirst, lede),
 * the one named most often, an organisation that announces or makes a change counting more. A story
 * that names none there (a reshuffle) has none, so no change is pinned on an organisation it only
 * mentions.
 */
export function mainOrgOf(orgs: readonly Mention[], work: string, opening: number): string | null {
  const early = new Set(orgs.filter((o) => o.start < opening).map((o) => o.entityId));
  const score = new Map<string, number>();
  for (const o of orgs) if (early.has(o.entityId)) score.set(o.entityId, (score.get(o.entityId) ?? 0) + (ACTS.test(work.slice(o.end, o.end + 140)) ? 3 : 1));
  return [...score].sort((a, b) => b[1] - a[1] || firstAt(orgs, a[0]) - firstAt(orgs, b[0]))[0]?.[0] ?? null;
}

const firstAt = (orgs: readonly Mention[], id: string) => orgs.find((o) => o.entityId === id)!.start;
