// Reading events as people see them: the machine's row, the latest review's status, and the edits
// since the last reset laid over the machine's values (which stay untouched in the events table).
import { NewsannoError } from '../core/errors.js';
import type { EventRole, EventStatus, EventType, PartialDate } from '../core/types.js';
import type { Statements } from './statements.js';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  type EditableField,
  type EventFields,
  type EventFilter,
  type EventListing,
  type ReviewAction,
  type ReviewChanges,
} from './types.js';

const EDITABLE: readonly EditableField[] = ['type', 'person', 'org', 'role', 'date'];

/**
 * Every event with its current state. `overrides` of the latest review is cumulative, so one join
 * gives status and effective fields; a JSON null in overrides means "cleared", a missing key "not edited".
 */
const CURRENT = `
WITH cur AS (
  SELECT e.*,
         r.id AS r_id, r.action AS r_action, r.changes AS r_changes, r.overrides AS r_overrides,
         r.reviewer AS r_reviewer, r.note AS r_note, r.at AS r_at,
         CASE r.action WHEN 'accept' THEN 'accepted' WHEN 'reject' THEN 'rejected' WHEN 'edit' THEN 'edited'
                       ELSE 'pending' END AS status,
         coalesce(json_extract(r.overrides, '$.type'), e.type) AS eff_type,
         coalesce(json_extract(r.overrides, '$.person'), e.person_id) AS eff_person_id,
         CASE WHEN json_type(r.overrides, '$.org') IS NULL THEN e.org_id
              ELSE json_extract(r.overrides, '$.org') END AS eff_org_id
  FROM events e
  LEFT JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE event_id = e.id)
)`;

// CROSS JOIN keeps articles as the outer loop: walking articles_by_source then events_by_article
// yields rows already in listing order, so a LIMITed page stops early instead of sorting every event.
const LISTING = `${CURRENT}
SELECT cur.*, a.source AS a_source, a.title AS a_title,
       mp.name AS mp_name, mo.name AS mo_name, ep.name AS ep_name, eo.name AS eo_name
FROM articles a
CROSS JOIN cur ON cur.article_id = a.id
JOIN entities mp ON mp.id = cur.person_id
LEFT JOIN entities mo ON mo.id = cur.org_id
LEFT JOIN entities ep ON ep.id = cur.eff_person_id
LEFT JOIN entities eo ON eo.id = cur.eff_org_id`;

interface ListingRow {
  id: string;
  article_id: string;
  type: EventType;
  person_id: string;
  org_id: string | null;
  role_text: string | null;
  role_en: string | null;
  date: string | null;
  date_text: string | null;
  date_start: number | null;
  date_end: number | null;
  quote_text: string | null;
  quote_start: number | null;
  quote_end: number | null;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  more_evidence: string;
  confidence: number;
  rule: string;
  dictionary_version: string;
  rules_version: string;
  run_id: number;
  dropped_run: number | null;
  r_id: number | null;
  r_action: ReviewAction | null;
  r_changes: string | null;
  r_overrides: string | null;
  r_reviewer: string | null;
  r_note: string | null;
  r_at: string | null;
  status: EventStatus;
  eff_type: EventType;
  eff_person_id: string;
  eff_org_id: string | null;
  a_source: string;
  a_title: string | null;
  mp_name: string;
  mo_name: string | null;
  ep_name: string | null;
  eo_name: string | null;
}

const ref = (id: string, name: string | null) => ({ id, name: name ?? id });

function toListing(r: ListingRow): EventListing {
  const overrides = JSON.parse(r.r_overrides ?? '{}') as ReviewChanges;
  const machineRole: EventRole | null = r.role_text === null ? null : { text: r.role_text, en: r.role_en };
  const machine: EventFields = {
    type: r.type,
    person: ref(r.person_id, r.mp_name),
    org: r.org_id === null ? null : ref(r.org_id, r.mo_name),
    role: machineRole,
    date: r.date,
  };
  const role: EventRole | null = 'role' in overrides ? (overrides.role ?? null) : machineRole;
  const date: PartialDate | null = 'date' in overrides ? (overrides.date ?? null) : r.date;
  return {
    id: r.id,
    articleId: r.article_id,
    source: r.a_source,
    title: r.a_title,
    status: r.status,
    type: r.eff_type,
    person: ref(r.eff_person_id, r.ep_name),
    org: r.eff_org_id === null ? null : ref(r.eff_org_id, r.eo_name),
    role,
    date,
    dateSpan: r.date_text === null ? null : { text: r.date_text, start: r.date_start!, end: r.date_end! },
    quote: r.quote_text === null ? null : { text: r.quote_text, start: r.quote_start!, end: r.quote_end! },
    evidence: { text: r.evidence_text, start: r.evidence_start, end: r.evidence_end },
    moreEvidence: JSON.parse(r.more_evidence),
    confidence: r.confidence,
    rule: r.rule,
    machine,
    edited: EDITABLE.filter((k) => k in overrides),
    lastReview:
      r.r_id === null
        ? null
        : {
            id: r.r_id,
            eventId: r.id,
            action: r.r_action!,
            changes: r.r_changes === null ? null : JSON.parse(r.r_changes),
            reviewer: r.r_reviewer,
            note: r.r_note,
            at: r.r_at!,
          },
    dropped: r.dropped_run !== null,
    dictionaryVersion: r.dictionary_version,
    rulesVersion: r.rules_version,
    runId: r.run_id,
  };
}

function checkValues<T extends string>(what: string, given: readonly string[], allowed: readonly T[]): void {
  const bad = given.filter((g) => !(allowed as readonly string[]).includes(g));
  if (bad.length > 0)
    throw new NewsannoError(`unknown ${what} ${bad.map((b) => JSON.stringify(b)).join(', ')}`, {
      code: 'bad-filter',
      hint: `use one of: ${allowed.join(', ')}`,
    });
}

function checkCount(what: string, n: number | undefined): void {
  if (n !== undefined && (!Number.isInteger(n) || n < 0))
    throw new NewsannoError(`${what} must be a whole number of at least 0, not ${n}`, { code: 'bad-filter', hint: `fix --${what}` });
}

const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Events matching the filter, ordered as the export orders them (article source, id, then evidence). */
export function listEvents(sql: Statements, filter: EventFilter & { eventId?: string } = {}): EventListing[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.eventId !== undefined) {
    where.push('cur.id = @eventId');
    params.eventId = filter.eventId;
  }
  if (filter.articleId !== undefined) {
    where.push('cur.article_id = @articleId');
    params.articleId = filter.articleId;
  }
  if (filter.status !== undefined) {
    checkValues('status', filter.status, EVENT_STATUSES);
    where.push('cur.status IN (SELECT value FROM json_each(@status))');
    params.status = JSON.stringify(filter.status);
  }
  if (filter.type !== undefined) {
    checkValues('event type', filter.type, EVENT_TYPES);
    where.push('cur.eff_type IN (SELECT value FROM json_each(@type))');
    params.type = JSON.stringify(filter.type);
  }
  if (filter.person !== undefined && filter.person !== '') {
    where.push(`(cur.eff_person_id = @person
      OR ep.name LIKE @like ESCAPE '\\' OR ep.name_en LIKE @like ESCAPE '\\' OR ep.name_zh LIKE @like ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM aliases al WHERE al.entity_id = cur.eff_person_id AND al.alias LIKE @like ESCAPE '\\'))`);
    params.person = filter.person;
    params.like = likePattern(filter.person);
  }
  checkCount('limit', filter.limit);
  checkCount('offset', filter.offset);
  params.limit = filter.limit ?? -1;
  params.offset = filter.offset ?? 0;
  const text = `${LISTING}
${where.length > 0 ? `WHERE ${where.join('\n  AND ')}` : ''}
ORDER BY a.source, a.id, cur.evidence_start, cur.evidence_end, cur.id
LIMIT @limit OFFSET @offset`;
  return sql.all<ListingRow>(text, params).map(toListing);
}

export function getEvent(sql: Statements, eventId: string): EventListing | null {
  return listEvents(sql, { eventId })[0] ?? null;
}

/** Event counts by effective type and current status. */
export function eventCounts(sql: Statements): { byType: Record<EventType, number>; byStatus: Record<EventStatus, number>; total: number } {
  const byType = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
  const byStatus = Object.fromEntries(EVENT_STATUSES.map((s) => [s, 0])) as Record<EventStatus, number>;
  let total = 0;
  for (const r of sql.all<{ type: EventType; status: EventStatus; n: number }>(
    `${CURRENT} SELECT eff_type AS type, status, count(*) AS n FROM cur GROUP BY eff_type, status`,
  )) {
    byType[r.type] += r.n;
    byStatus[r.status] += r.n;
    total += r.n;
  }
  return { byType, byStatus, total };
}
