import type { AliasHit } from '../../dictionary/compile.js';
import type { EntityType, TextSpan } from '../../core/types.js';

/** What the mention finders need of the transliteration model (src/names). */
export interface NameScorer {
  /** Is this run of Han characters likely a transliterated foreign name? */
  isLikelyTransliteration(s: string): boolean;
  transliterationScore(s: string): number;
  /** 0..1: how well a Chinese transliteration matches an English name or name token. */
  phoneticScore(zh: string, en: string): number;
  /** The score at and above which a phonetic match links on its own. */
  linkThreshold: number;
  /** The score at and above which a phonetic match is proposed for review. */
  proposeThreshold: number;
}

export type MentionSource =
  | 'dictionary' // an alias of the dictionary
  | 'gloss' // one side of 名字(Latin Name)
  | 'translit' // a run of transliteration characters: an unknown foreign name
  | 'native' // an unknown native Chinese name (jieba's nr tag, a surname, licensed by context)
  | 'latin' // an unknown Latin-script name (English text)
  | 'org-pattern'; // an organisation found by its form (X公司, Acme Inc.)

/** A name found in the text, before resolution links it to an entity. Offsets index the original text. */
export interface NameMention extends TextSpan {
  /** The script of the surface form. */
  script: 'zh' | 'en';
  /** Folded form used for lookups. */
  key: string;
  source: MentionSource;
  /** Dictionary candidates for this surface (empty when unknown). */
  hits: AliasHit[];
  /** The type when the finder knows it. */
  type: EntityType | null;
  /** For a gloss: the index (in the mention list) of the other side. */
  partner?: number;
  /** A best-guess Latin name the finder can already tell (小米汽车 → Xiaomi Auto). */
  guess?: string;
  rule: string;
}
