// Types shared by every stage. Each stage is a function from one of these values to the next.

export type Lang = 'zh' | 'en';
export type EntityType = 'person' | 'org';
export type EventType = 'departure' | 'promotion' | 'appointment' | 'quote';
export type EventStatus = 'pending' | 'accepted' | 'rejected' | 'edited';
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;

/** A half-open range of UTF-16 code units into an article's original text. */
export interface Span {
  start: number;
  end: number;
}
/** A span together with the text it covers: `article.text.slice(start, end) === text`. */
export interface TextSpan extends Span {
  text: string;
}

/** One input record as the readers produce it, before language detection and hashing. */
export interface RawArticle {
  /** Where it came from: a path as given, `file.jsonl#3`, or `-` / `-#2` for stdin. */
  source: string;
  text: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  lang?: string | null;
  /** An id given by the input record; informational, the stored id is always the text hash. */
  externalId?: string | null;
}

/** An article ready for annotation. */
export interface Article {
  /** Content hash of `text`. */
  id: string;
  source: string;
  lang: Lang;
  title: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null; anchors relative dates. */
  publishedAt: string | null;
  text: string;
}

/** A sentence of the article: its span in the original text. */
export interface Sentence extends TextSpan {
  index: number;
}

/** A token with its span in the original text; `norm` is the normalised (simplified, half-width) form. */
export interface Token extends TextSpan {
  norm: string;
  /** Part-of-speech tag when the tokenizer gives one (jieba: nr, ns, nt, v …; compromise: tags joined). */
  tag?: string;
}

/** How a mention was linked to its entity. */
export type ResolutionMethod =
  | 'alias' // a dictionary alias, exactly as written (after normalisation)
  | 'variant' // a dictionary alias in another spelling: separator dropped or changed, case, script
  | 'short-form' // a given name or surname of a person already named in the article
  | 'gloss' // a name followed by its other-script form in parentheses: 马克陈(Mark Chen)
  | 'pronoun' // 他 / 她 / he / she as the subject of an event
  | 'phonetic' // a transliteration matched by sound to an English name seen elsewhere
  | 'pinyin' // a native Chinese name unknown to the dictionary, named by its pinyin
  | 'unknown'; // a name the dictionary does not know, kept as written

export interface Resolution {
  method: ResolutionMethod;
  confidence: number;
  /** The rule that produced it, for debugging and provenance. */
  rule: string;
}

export interface Mention extends TextSpan {
  entityId: string;
  type: EntityType;
  resolution: Resolution;
}

export interface EntityNames {
  en: string | null;
  zh: string | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name, Latin script where known. */
  name: string;
  names: EntityNames;
  /** false: not in the dictionary; `name` is a best guess. */
  resolved: boolean;
  wikidata: string | null;
  mentions: Mention[];
}

export interface EventRole {
  /** The role as the article writes it. */
  text: string;
  /** Normalised English title, or null when it cannot be translated. */
  en: string | null;
}

export interface EventDate {
  value: PartialDate;
  /** The time expression it was read from. */
  span: TextSpan;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  personId: string;
  orgId: string | null;
  role: EventRole | null;
  date: EventDate | null;
  quote: TextSpan | null;
  /** The first evidence span; `more` holds restatements. */
  evidence: TextSpan;
  moreEvidence: TextSpan[];
  confidence: number;
  /** The rule that produced it: `zh.departure.cue-after-subject` and the like. */
  rule: string;
}

/** An alias learned from the article itself (a gloss, a phonetic match), proposed for the dictionary. */
export interface AliasProposal {
  entityId: string;
  entityName: string;
  /** The entity itself when the article does not mention it (a sound-alike proposed from the dictionary). */
  entity?: Pick<Entity, 'type' | 'name' | 'names' | 'resolved' | 'wikidata'>;
  alias: string;
  lang: Lang;
  method: ResolutionMethod;
  score: number;
  evidence: TextSpan;
}

export interface Provenance {
  pipeline: string;
  dictionaryVersion: string;
  rulesVersion: string;
}

export interface AnnotatedArticle {
  article: Article;
  entities: Entity[];
  events: ExtractedEvent[];
  proposals: AliasProposal[];
  provenance: Provenance;
  /** Non-fatal problems met while annotating (an unaligned token, an unreadable date …). */
  warnings: string[];
}
