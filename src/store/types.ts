// The store's public types: what goes in and comes out of the database, independent of SQL.
import { z } from 'zod';
import type {
  EntityType,
  EventRole,
  EventStatus,
  EventType,
  Lang,
  PartialDate,
  ResolutionMethod,
  TextSpan,
} from '../core/types.js';

export const EVENT_TYPES = ['departure', 'promotion', 'appointment', 'quote'] as const satisfies readonly EventType[];
export const EVENT_STATUSES = ['pending', 'accepted', 'rejected', 'edited'] as const satisfies readonly EventStatus[];
export const REVIEW_ACTIONS = ['accept', 'reject', 'edit', 'reset'] as const;
export const PROPOSAL_STATUSES = ['proposed', 'accepted', 'rejected'] as const;

export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type SaveMode = 'ingest' | 'reprocess';
export type SaveResult = 'stored' | 'unchanged' | 'updated';

export interface RunInfo {
  command: string;
  pipeline: string;
  dictionaryVersion: string;
  rulesVersion: string;
}

export interface RunRecord extends RunInfo {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  summary: unknown;
}

/**
 * What a person may change on an event. `person` and `org` are entity ids (look them up with
 * `findEntities`); `org`, `role` and `date` may be set to null to say "the article does not say".
 */
export const reviewChanges = z
  .object({
    type: z.enum(EVENT_TYPES).optional(),
    person: z.string().min(1).optional(),
    org: z.string().min(1).nullable().optional(),
    role: z
      .object({ text: z.string().min(1), en: z.string().min(1).nullable() })
      .strict()
      .nullable()
      .optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'an edit must change at least one field');

export type ReviewChanges = z.infer<typeof reviewChanges>;
export type EditableField = keyof ReviewChanges;

export interface ReviewOptions {
  changes?: ReviewChanges;
  reviewer?: string | null;
  note?: string | null;
}

export interface ReviewRecord {
  id: number;
  eventId: string;
  action: ReviewAction;
  /** The fields this review changed (edits only), as given. */
  changes: ReviewChanges | null;
  reviewer: string | null;
  note: string | null;
  at: string;
}

export interface EntityRef {
  id: string;
  name: string;
}

/** The fields of an event a person can review: either the machine's or the effective (edited) ones. */
export interface EventFields {
  type: EventType;
  person: EntityRef;
  org: EntityRef | null;
  role: EventRole | null;
  date: PartialDate | null;
}

/** An event as review and export see it: current status, edits applied, machine values alongside. */
export interface EventListing extends EventFields {
  id: string;
  articleId: string;
  source: string;
  title: string | null;
  status: EventStatus;
  /** The time expression the machine read its date from (null when it found none). */
  dateSpan: TextSpan | null;
  quote: TextSpan | null;
  evidence: TextSpan;
  moreEvidence: TextSpan[];
  confidence: number;
  rule: string;
  /** What the machine extracted; never changed by reviews. */
  machine: EventFields;
  /** Fields whose effective value comes from a person's edit. */
  edited: EditableField[];
  lastReview: ReviewRecord | null;
  /** The latest re-annotation no longer produces this event; it is kept because a person reviewed it. */
  dropped: boolean;
  dictionaryVersion: string;
  rulesVersion: string;
  runId: number;
}

export interface EventFilter {
  status?: readonly EventStatus[];
  type?: readonly EventType[];
  articleId?: string;
  /** An entity id, or part of a person's name or alias (case-insensitive for Latin letters). */
  person?: string;
  limit?: number;
  offset?: number;
}

export interface StoredEntity {
  id: string;
  type: EntityType;
  name: string;
  names: { en: string | null; zh: string | null };
  resolved: boolean;
  wikidata: string | null;
}

export interface ProposalRecord {
  id: number;
  entityId: string;
  entityName: string;
  alias: string;
  lang: Lang;
  method: ResolutionMethod;
  /** The best score seen over all sightings. */
  score: number;
  /** How many distinct articles proposed it. */
  count: number;
  /** The article and evidence of the best-scored sighting. */
  articleId: string;
  evidence: TextSpan;
  status: ProposalStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface AcceptedAlias {
  entityId: string;
  alias: string;
  lang: Lang;
  /** The entity as stored, so aliases of names the dictionary does not know can be used too. */
  entityType: EntityType;
  entityName: string;
}

export interface StoreStats {
  articles: number;
  events: number;
  eventsByType: Record<EventType, number>;
  eventsByStatus: Record<EventStatus, number>;
  proposalsByStatus: Record<ProposalStatus, number>;
}
