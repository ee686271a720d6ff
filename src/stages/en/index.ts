// English articles: compromise reads sentences and terms; names are found and resolved against the
// same dictionary as Chinese (so entity ids match across languages); events and quotes follow.
import type { Article, Entity, Sentence } from '../../core/types.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';
import type { CueSet } from '../../dictionary/cues.js';
import { findTimesEn } from '../dates/index.js';
import type { EventDraft, EventInput, RoleSpan, TimeSpan } from '../events/types.js';
import type { EntityRegistry } from '../resolve/registry.js';
import { findRolesEn } from '../roles/index.js';
import { firstNameGender, readEnglish, teachNames } from '../tokenize-en/compromise.js';
import { englishContext, extractEventsEn } from './events.js';
import { findMentionsEn } from './mentions.js';
import { extractQuotesEn } from './quotes.js';
import { resolveEn } from './resolve.js';
import { wordsOf } from './words.js';

export interface EnglishInput {
  article: Article;
  work: string;
  registry: EntityRegistry;
  dictionary: CompiledDictionary;
  cues: CueSet;
  events: boolean;
  quotes: boolean;
  quoteMinUnits: number;
}

export interface EnglishResult {
  sentences: Sentence[];
  drafts: EventDraft[];
}

export function annotateEnglish(input: EnglishInput): EnglishResult {
  const { article, work, registry, dictionary } = input;
  const people = [...dictionary.entities.values()].filter((e) => e.type === 'person').map((e) => e.name);
  const orgs = [...dictionary.entities.values()].filter((e) => e.type === 'org').map((e) => e.name);
  teachNames(dictionary.version, people, orgs);
  const reading = readEnglish(article.text, work);
  const sentences: Sentence[] = reading.sentences.map((s, index) => ({ ...s, index }));
  const times: TimeSpan[] = [];
  const roles: RoleSpan[] = [];
  for (const s of sentences) {
    const piece = work.slice(s.start, s.end);
    for (const t of findTimesEn(piece, article.publishedAt)) times.push({ start: s.start + t.start, end: s.start + t.end, text: article.text.slice(s.start + t.start, s.start + t.end), value: t.value, relative: t.relative, kind: t.kind });
    for (const r of findRolesEn(piece)) roles.push({ start: s.start + r.start, end: s.start + r.end, text: article.text.slice(s.start + r.start, s.start + r.end), en: r.en, former: r.former });
  }
  const words = wordsOf(article.text, work, reading.terms, sentences);
  resolveEn(findMentionsEn({ text: article.text, work, words, roles, dict: dictionary }), dictionary, registry, work);
  if (!input.events && !input.quotes) return { sentences, drafts: [] };
  const inRange = <T extends { start: number; end: number }>(list: T[]) => (from: number, to: number) => list.filter((x) => x.start >= from && x.end <= to);
  const eventInput: EventInput = { articleId: article.id, text: article.text, work, published: article.publishedAt, sentences, tokens: [], mentions: registry.mentions(), registry, roles: inRange(roles), times: inRange(times) };
  const genders = new Map<string, 'f' | 'm' | null>();
  const genderOf = (e: Entity | undefined) => {
    if (!e) return null;
    if (!genders.has(e.id)) {
      const given = dictionary.entities.get(e.id)?.enGiven[0] ?? (e.names.en?.includes(' ') ? e.names.en.split(' ')[0] : null);
      genders.set(e.id, given ? firstNameGender(given) : null);
    }
    return genders.get(e.id)!;
  };
  const ctx = englishContext(eventInput, input.cues, { genderOf });
  const drafts: EventDraft[] = [];
  if (input.events) drafts.push(...extractEventsEn(ctx));
  if (input.quotes) drafts.push(...extractQuotesEn(ctx, Math.max(3, Math.round(input.quoteMinUnits * 0.8))));
  return { sentences, drafts };
}
