// Types of the roles stage: the dictionary entries a title is composed from, and what the finders return.
import type { TextSpan } from '../../core/types.js';

export const RANK_KINDS = [
  'executive',
  'management',
  'board',
  'founder',
  'investment',
  'staff',
  'government',
  'legislature',
  'party',
  'diplomatic',
  'judicial',
  'military',
  'academic',
  'media',
  'sports',
  'medical',
] as const;
export type RankKind = (typeof RANK_KINDS)[number];

/**
 * How a head title takes units: `of` puts them after it (Vice President of Research), `prefix` before
 * it (Research Scientist), `none` takes none (a unit before it is left out of the span).
 */
export const COMPOSE_STYLES = ['of', 'prefix', 'none'] as const;
export type ComposeStyle = (typeof COMPOSE_STYLES)[number];

/** A head title: 副总裁 → Vice President. */
export interface Rank {
  en: string;
  kind: RankKind;
  compose: ComposeStyle;
  /** Chinese: may stand without a unit before it (主管 may not). English bareness is in en-variants. */
  bare: boolean;
}

/**
 * `former` (原, 前, ex-) is reported as a flag and never part of the title; `interim` (临时, 代理) is
 * part of it and also flagged; `grade` (高级, 执行, 全球) is part of it; `bound` (副, 助理) is part of it
 * but only right before the head title.
 */
export const MODIFIER_KINDS = ['former', 'interim', 'grade', 'bound'] as const;
export type ModifierKind = (typeof MODIFIER_KINDS)[number];

export interface Modifier {
  en: string;
  kind: ModifierKind;
}

/**
 * `domain` (研究 Research) and `body` (董事会 Board) are what the title is of; `suffix` (部 Department)
 * is a body that only follows another unit (市场部); `region` (大中华区) is where; `country` is a region
 * named by a country (中国区 China), not matched in English text, where "president of China" is a head
 * of state and China the organisation.
 */
export const UNIT_KINDS = ['domain', 'body', 'suffix', 'region', 'country'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  en: string;
  kind: UnitKind;
}

/** A title taken apart: everything its English is composed from. */
export interface Title {
  /** Interim / Acting. */
  status: Modifier[];
  /** Senior, Executive, Deputy, Co-, Global … in the order written. */
  grades: Modifier[];
  /** Units joined by 和 / and: [[Product], [Partnerships]]; a chain inside a group: [[Cloud Computing, Business Unit]]. */
  groups: Unit[][];
  rank: Rank;
}

/** A job title found in text. */
export interface RoleMatch extends TextSpan {
  /** The English title, Title Case: `Senior Vice President of Research`. Never includes "Former". */
  en: string;
  /** The head title's English: `Vice President`. */
  head: string;
  /** Marked as a previous role (原副总裁, former CFO); the marker is not inside the span. */
  former: boolean;
  /** Interim or acting (临时CEO, acting chief executive); the word is inside the span and the English. */
  interim: boolean;
  kind: RankKind;
}
