// Runs English text through the real pipeline and flattens what came out, for the rule tables.
import { describe, expect, it } from 'vitest';
import { annotate, createContext, type PipelineContext } from '../../../src/pipeline.js';
import { toArticle } from '../../../src/stages/read/index.js';
import type { AnnotatedArticle } from '../../../src/core/types.js';

export interface Got {
  type: string;
  person: string | null;
  org: string | null;
  role: string | null;
  date: string | null;
  quote: string | null;
}

/** What a table row expects of one event: the fields it names must match, the others are free. */
export type Want = Partial<Got> & { type: Got['type']; person: string };

let ctx: PipelineContext | undefined;
const context = () => (ctx ??= createContext());

export function annotateEn(text: string, published: string | null = '2025-03-12'): AnnotatedArticle {
  const { article } = toArticle({ source: 'table.txt', text, published, lang: 'en' });
  return annotate(article, context());
}

export function eventsOf(text: string, published?: string | null): Got[] {
  const a = annotateEn(text, published);
  const name = (id: string | null) => (id ? (a.entities.find((e) => e.id === id)?.name ?? null) : null);
  return a.events.map((e) => ({ type: e.type, person: name(e.personId), org: name(e.orgId), role: e.role?.en ?? null, date: e.date?.value ?? null, quote: e.quote?.text ?? null }));
}

/** The fields of `got` that `want` names, for a readable toEqual. */
export function pick(got: Got, want: Want): Partial<Got> {
  return Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof Got]]));
}

/** The event of the wanted type and person, or undefined. */
export const find = (events: Got[], want: Want) => events.find((e) => e.type === want.type && e.person === want.person);

/** The two tables of one event type: every MUST row extracts its wanted events; no MUST_NOT row yields `type`. */
export function describeTables(label: string, type: string, must: Array<[string, string, Want[]]>, mustNot: Array<[string, string]>, notPublished = '2025-03-12'): void {
  describe(`English ${label}: must extract`, () => {
    it.each(must)('%s %s', (published, text, wants) => {
      const got = eventsOf(text, published);
      for (const want of wants) {
        const e = find(got, want);
        expect(e, `${want.type} of ${want.person} in ${JSON.stringify(got)}`).toBeDefined();
        expect(pick(e!, want)).toEqual(want);
      }
    });
  });
  describe(`English ${label}: must not extract`, () => {
    it.each(mustNot)('%s: %s', (_why, text) => {
      expect(eventsOf(text, notPublished).filter((e) => e.type === type)).toEqual([]);
    });
  });
}
