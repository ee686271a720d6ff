// People's decisions on events: appended, never updated, and checked before they are written.
import { z } from 'zod';
import { NewsannoError } from '../core/errors.js';
import type { Statements } from './statements.js';
import {
  REVIEW_ACTIONS,
  reviewChanges,
  type ReviewAction,
  type ReviewChanges,
  type ReviewOptions,
  type ReviewRecord,
} from './types.js';

function unknownEvent(eventId: string): NewsannoError {
  return new NewsannoError(`there is no event ${JSON.stringify(eventId)}`, {
    code: 'unknown-event',
    hint: 'list the events to see their ids: newsanno events list --db FILE',
  });
}

function checkEntity(sql: Statements, id: string, type: 'person' | 'org', field: string): void {
  const row = sql.one<{ type: string }>(`SELECT type FROM entities WHERE id = ?`, [id]);
  if (!row)
    throw new NewsannoError(`the edit names ${field} ${JSON.stringify(id)}, which is not a known entity`, {
      code: 'bad-edit',
      hint: 'give the id of a stored entity; look it up by name first',
    });
  if (row.type !== type)
    throw new NewsannoError(`the edit names ${field} ${JSON.stringify(id)}, which is a ${row.type}, not a ${type}`, {
      code: 'bad-edit',
      hint: `give the id of a stored ${type === 'org' ? 'organisation' : 'person'}`,
    });
}

function parseChanges(sql: Statements, changes: unknown): ReviewChanges {
  const parsed = reviewChanges.safeParse(changes);
  if (!parsed.success)
    throw new NewsannoError(`the edit is not valid: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`, {
      code: 'bad-edit',
      hint: 'an edit may set type, person (entity id), org (entity id or null), role ({ text, en } or null) and date (YYYY[-MM[-DD]] or null)',
    });
  // An explicit `undefined` means "not changed": drop it so it cannot hide an earlier edit.
  const c = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as ReviewChanges;
  if (c.person !== undefined) checkEntity(sql, c.person, 'person', 'person');
  if (c.org !== undefined && c.org !== null) checkEntity(sql, c.org, 'org', 'organisation');
  return c;
}

/**
 * Appends one review. Edits accumulate until a reset; accept and reject keep earlier edits
 * (accepting an edited event accepts it as edited).
 */
export function appendReview(sql: Statements, eventId: string, action: ReviewAction, options: ReviewOptions = {}): void {
  if (!(REVIEW_ACTIONS as readonly string[]).includes(action))
    throw new NewsannoError(`unknown review action ${JSON.stringify(action)}`, {
      code: 'bad-review',
      hint: `use one of: ${REVIEW_ACTIONS.join(', ')}`,
    });
  if (action !== 'edit' && options.changes !== undefined)
    throw new NewsannoError(`a ${action} cannot carry changes`, { code: 'bad-review', hint: 'use edit to change fields' });
  sql.transaction(() => {
    const current = sql.one<{ overrides: string | null }>(
      `SELECT (SELECT overrides FROM reviews WHERE event_id = e.id ORDER BY id DESC LIMIT 1) AS overrides
       FROM events e WHERE e.id = ?`,
      [eventId],
    );
    if (!current) throw unknownEvent(eventId);
    const before = JSON.parse(current.overrides ?? '{}') as ReviewChanges;
    let changes: ReviewChanges | null = null;
    let overrides: ReviewChanges = before;
    if (action === 'edit') {
      if (options.changes === undefined)
        throw new NewsannoError('an edit needs changes', { code: 'bad-edit', hint: 'say which fields to change' });
      changes = parseChanges(sql, options.changes);
      overrides = { ...before, ...changes };
    } else if (action === 'reset') overrides = {};
    sql.run(
      `INSERT INTO reviews (event_id, action, changes, overrides, reviewer, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        eventId,
        action,
        changes === null ? null : JSON.stringify(changes),
        JSON.stringify(overrides),
        options.reviewer ?? null,
        options.note ?? null,
        new Date().toISOString(),
      ],
    );
  });
}

interface ReviewRow {
  id: number;
  event_id: string;
  action: ReviewAction;
  changes: string | null;
  reviewer: string | null;
  note: string | null;
  at: string;
}

/** Every review of the event, oldest first. */
export function reviewHistory(sql: Statements, eventId: string): ReviewRecord[] {
  if (!sql.one(`SELECT 1 FROM events WHERE id = ?`, [eventId])) throw unknownEvent(eventId);
  return sql
    .all<ReviewRow>(`SELECT id, event_id, action, changes, reviewer, note, at FROM reviews WHERE event_id = ? ORDER BY id`, [eventId])
    .map((r) => ({
      id: r.id,
      eventId: r.event_id,
      action: r.action,
      changes: r.changes === null ? null : JSON.parse(r.changes),
      reviewer: r.reviewer,
      note: r.note,
      at: r.at,
    }));
}
