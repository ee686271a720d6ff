// Hand-built AnnotatedArticle values for store and export tests (the real pipeline is tested elsewhere).
// Spans are found in the text by their surface, so every offset is right by construction.
import { articleId, contentHash } from '../../src/core/ids.js';
import type {
  AliasProposal,
  AnnotatedArticle,
  Entity,
  EntityType,
  EventType,
  ExtractedEvent,
  Lang,
  ResolutionMethod,
  TextSpan,
} from '../../src/core/types.js';

/** The span of the n-th (0-based) occurrence of `surface` in `text`. */
export function at(text: string, surface: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(surface)} #${nth} is not in the text`);
  }
  return { text: surface, start, end: start + surface.length };
}

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  en?: string | null;
  zh?: string | null;
  resolved?: boolean;
  /** Surfaces, each `[surface, nth]` or a surface (its first occurrence). */
  mentions?: Array<string | [string, number]>;
  method?: ResolutionMethod;
}

export interface EventSpec {
  type: EventType;
  person: string;
  org?: string | null;
  role?: [string, string | null] | null;
  date?: [string, string] | null;
  quote?: string | null;
  evidence: string;
  more?: string[];
  confidence?: number;
  rule?: string;
  /** Overrides the id derived from article, type and person. */
  id?: string;
}

export interface ProposalSpec {
  entity: string;
  alias: string;
  lang?: Lang;
  score: number;
  evidence: string;
  method?: ResolutionMethod;
}

export interface ArticleSpec {
  text: string;
  source?: string;
  lang?: Lang;
  title?: string | null;
  publishedAt?: string | null;
  entities: EntitySpec[];
  events?: EventSpec[];
  proposals?: ProposalSpec[];
  dictionaryVersion?: string;
  rulesVersion?: string;
}

export function annotated(spec: ArticleSpec): AnnotatedArticle {
  const { text } = spec;
  const id = articleId(text);
  const entities: Entity[] = spec.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    names: { en: e.en === undefined ? e.name : e.en, zh: e.zh ?? null },
    resolved: e.resolved ?? true,
    wikidata: null,
    mentions: (e.mentions ?? []).map((m) => {
      const [surface, nth] = typeof m === 'string' ? [m, 0] : m;
      return {
        ...at(text, surface, nth),
        entityId: e.id,
        type: e.type,
        resolution: { method: e.method ?? 'alias', confidence: 0.95, rule: 'test.alias' },
      };
    }),
  }));
  const events: ExtractedEvent[] = (spec.events ?? []).map((ev) => ({
    id: ev.id ?? contentHash(id, ev.type, ev.person),
    type: ev.type,
    personId: ev.person,
    orgId: ev.org ?? null,
    role: ev.role ? { text: ev.role[0], en: ev.role[1] } : null,
    date: ev.date ? { value: ev.date[0], span: at(text, ev.date[1]) } : null,
    quote: ev.quote ? at(text, ev.quote) : null,
    evidence: at(text, ev.evidence),
    moreEvidence: (ev.more ?? []).map((m) => at(text, m)),
    confidence: ev.confidence ?? 0.9,
    rule: ev.rule ?? `test.${ev.type}`,
  }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const proposals: AliasProposal[] = (spec.proposals ?? []).map((p) => ({
    entityId: p.entity,
    entityName: byId.get(p.entity)?.name ?? p.entity,
    alias: p.alias,
    lang: p.lang ?? 'zh',
    method: p.method ?? 'phonetic',
    score: p.score,
    evidence: at(text, p.evidence),
  }));
  return {
    article: {
      id,
      source: spec.source ?? 'news/murati.txt',
      lang: spec.lang ?? 'zh',
      title: spec.title ?? null,
      url: null,
      publishedAt: spec.publishedAt ?? '2024-09-26',
      text,
    },
    entities,
    events,
    proposals,
    provenance: { pipeline: 'test', dictionaryVersion: spec.dictionaryVersion ?? 'd1', rulesVersion: spec.rulesVersion ?? 'r1' },
    warnings: [],
  };
}

export const MURATI_TEXT =
  '据报道，OpenAI首席技术官米拉·穆拉蒂今年9月宣布离职。穆拉提表示：“我想为自己的探索创造时间和空间。”' +
  '奥特曼称穆拉提的离职是公司的自然组成部分。';

export const murati = {
  id: 'Q-murati',
  type: 'person',
  name: 'Mira Murati',
  zh: '米拉·穆拉蒂',
  mentions: ['米拉·穆拉蒂', '穆拉提', ['穆拉提', 1]],
} satisfies EntitySpec;
export const openai = { id: 'Q-openai', type: 'org', name: 'OpenAI', zh: 'OpenAI', mentions: ['OpenAI'] } satisfies EntitySpec;
export const altman = { id: 'Q-altman', type: 'person', name: 'Sam Altman', zh: '萨姆·奥特曼', mentions: ['奥特曼'] } satisfies EntitySpec;

export const departure: EventSpec = {
  type: 'departure',
  person: 'Q-murati',
  org: 'Q-openai',
  role: ['首席技术官', 'Chief Technology Officer'],
  date: ['2024-09', '今年9月'],
  evidence: 'OpenAI首席技术官米拉·穆拉蒂今年9月宣布离职',
  more: ['奥特曼称穆拉提的离职'],
  confidence: 0.91234,
};
export const quote: EventSpec = {
  type: 'quote',
  person: 'Q-murati',
  quote: '我想为自己的探索创造时间和空间。',
  evidence: '穆拉提表示：“我想为自己的探索创造时间和空间。”',
  confidence: 0.8,
};

/** The seed article: Murati leaves OpenAI and is quoted; 穆拉提 is proposed as an alias. */
export function muratiArticle(overrides: Partial<ArticleSpec> = {}): AnnotatedArticle {
  return annotated({
    text: MURATI_TEXT,
    entities: [murati, openai, altman],
    events: [departure, quote],
    proposals: [{ entity: 'Q-murati', alias: '穆拉提', score: 0.7, evidence: '穆拉提' }],
    ...overrides,
  });
}

export const RUN = { command: 'test', pipeline: 'test', dictionaryVersion: 'd1', rulesVersion: 'r1' };
