// English articles: compromise reads sentences and terms; names are found and resolved against the
// same dictionary as Chinese (so entity ids match across languages); events and quotes follow.
import type { Article, Entity, Sentence } from '../../core/types.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';
import type { CueSet } from '../../dictionary/cues.js';
import { rolesBySentence, type EventDraft } from '../events/types.js';
import type { EntityRegistry } from '../resolve/registry.js';
import { findRolesEn } from '../roles/index.js';
import { firstNameGender, readEnglish, teachNames } from '../tokenize-en/compromise.js';
import { buildFacts } from './arguments.js';
import { lowerSameLength, mainOrgOf, openingEnd, paragraphsOf, type EnContext, type EnRole } from './context.js';
import { extractEventsEn } from './events.js';
import { findMentionsEn } from './mentions.js';
import { quoteSpans } from './quote-spans.js';
import { extractQuotesEn } from './quotes.js';
import { resolveEn } from './resolve.js';
import { timesOf } from './times.js';
import { wordsOf } from './words.js';

export interface EnglishInput {
  article: Article;
  work: string;
  registry: EntityRegistry;
  dictionary: CompiledDictionary;
  cues: CueSet;
  events: boolean;
  quotes: boolean;
  /** Words a quote needs when nothing but its place attributes it (a paragraph that is only a quote). */
  quoteMinUnits: number;
}

export interface EnglishResult {
  sentences: Sentence[];
  drafts: EventDraft[];
}

export function annotateEnglish(input: EnglishInput): EnglishResult {
  const { article, work, registry, dictionary } = input;
  const text = article.text;
  teachNames(dictionary.version, () => [...dictionary.entities.values()]);
  const reading = readEnglish(text, work);
  const sentences: Sentence[] = reading.sentences.map((s, index) => ({ ...s, index }));
  const roles: EnRole[] = rolesBySentence(findRolesEn, sentences, work, text);
  const words = wordsOf(text, work, reading.terms, sentences);
  resolveEn(findMentionsEn({ text, work, words, roles, dict: dictionary }), dictionary, registry, work);
  if (!input.events && !input.quotes) return { sentences, drafts: [] };

  const mentions = registry.mentions();
  const paragraphs = paragraphsOf(work);
  const orgMentions = mentions.filter((m) => m.type === 'org');
  const ctx: EnContext = {
    text,
    work,
    low: lowerSameLength(work),
    published: article.publishedAt,
    sentences,
    paragraphs,
    mentions,
    persons: mentions.filter((m) => m.type === 'person'),
    orgs: orgMentions,
    registry,
    roles,
    times: timesOf(text, work, sentences, article.publishedAt),
    quotes: quoteSpans(work),
    cues: input.cues,
    facts: [],
    mainOrg: mainOrgOf(orgMentions, work, openingEnd(paragraphs)),
    genderOf: genderOf(dictionary),
  };
  ctx.facts.push(...buildFacts(ctx));
  const drafts: EventDraft[] = [];
  if (input.events) drafts.push(...extractEventsEn(ctx));
  if (input.quotes) drafts.push(...extractQuotesEn(ctx, input.quoteMinUnits));
  return { sentences, drafts };
}

/** A person's gender as compromise reads their given name, when it does. */
function genderOf(dictionary: CompiledDictionary): (e: Entity | undefined) => 'f' | 'm' | null {
  const known = new Map<string, 'f' | 'm' | null>();
  return (e) => {
    if (!e) return null;
    if (!known.has(e.id)) {
      const given = dictionary.entities.get(e.id)?.enGiven[0] ?? (e.names.en?.includes(' ') ? e.names.en.split(' ').find((w) => !/^(?:\p{Lu}\.)+$/u.test(w)) : null);
      known.set(e.id, given ? firstNameGender(given) : null);
    }
    return known.get(e.id)!;
  };
}
