// Builds entities in the dump's JSON shape for tests (no vitest import: the dump generator uses it too).
import type { WdEntity, WdStatement } from '../../../src/dictionary/wikidata/wikidata-json.js';

export function statement(property: string, qid: string, extra: Partial<WdStatement> = {}): WdStatement {
  return {
    mainsnak: { snaktype: 'value', property, datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': Number(qid.slice(1)), id: qid } } },
    rank: 'normal',
    ...extra,
  };
}

export interface EntitySpec {
  id: string;
  labels?: Record<string, string>;
  aliases?: Record<string, string[]>;
  description?: string;
  claims?: Record<string, (string | WdStatement)[]>;
  sitelinks?: number;
}

/** An entity in the dump's JSON shape. */
export function entity(s: EntitySpec): WdEntity {
  const labels = Object.fromEntries(Object.entries(s.labels ?? {}).map(([language, value]) => [language, { language, value }]));
  const aliases = Object.fromEntries(Object.entries(s.aliases ?? {}).map(([language, vs]) => [language, vs.map((value) => ({ language, value }))]));
  const claims = Object.fromEntries(Object.entries(s.claims ?? {}).map(([p, vs]) => [p, vs.map((v) => (typeof v === 'string' ? statement(p, v) : v))]));
  const sitelinks = Object.fromEntries(Array.from({ length: s.sitelinks ?? 0 }, (_, i) => [`site${i}wiki`, { site: `site${i}wiki`, title: s.id, badges: [] }]));
  return {
    type: 'item',
    id: s.id,
    labels,
    descriptions: s.description ? { en: { language: 'en', value: s.description } } : {},
    aliases,
    claims,
    sitelinks,
  };
}
