// What the review API accepts: request bodies and query strings, validated with zod at the edge.
import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES, PROPOSAL_STATUSES, REVIEW_ACTIONS, reviewChanges } from '../store/types.js';

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);

/** POST /api/events/:id/review */
export const reviewBody = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    changes: reviewChanges.optional(),
    reviewer: text(200).nullable().optional(),
    note: text(2000).nullable().optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.action === 'edit' && b.changes === undefined) ctx.addIssue({ code: 'custom', path: ['changes'], message: 'an edit needs changes' });
    if (b.action !== 'edit' && b.changes !== undefined) ctx.addIssue({ code: 'custom', path: ['changes'], message: `a ${b.action} cannot carry changes` });
  });
export type ReviewBody = z.infer<typeof reviewBody>;

/** POST /api/proposals/:id */
export const proposalBody = z.object({ decision: z.enum(['accepted', 'rejected']) }).strict();

const count = (what: string, max?: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${what} must be a whole number`)
    .transform(Number)
    .refine((n) => max === undefined || n <= max, `${what} must be at most ${max}`);

/** "a,b" → ["a","b"]; "" or "all" → undefined (no filter). */
const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum([...values, 'all'] as [string, ...string[]])))
    .transform((xs) => (xs.length === 0 || xs.includes('all') ? undefined : (xs as T[])));

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

/** GET /api/events */
export const eventsQuery = z
  .object({
    status: listOf(EVENT_STATUSES).optional(),
    type: listOf(EVENT_TYPES).optional(),
    person: text(200).optional(),
    article: text(200).optional(),
    limit: count('limit', MAX_PAGE).refine((n) => n >= 1, 'limit must be at least 1').optional(),
    offset: count('offset').optional(),
  })
  .strict();

/** GET /api/entities */
export const entitiesQuery = z
  .object({
    q: text(200),
    type: z.enum(['person', 'org']).optional(),
    limit: count('limit', 100).optional(),
  })
  .strict();

/** GET /api/proposals */
export const proposalsQuery = z.object({ status: listOf(PROPOSAL_STATUSES).optional() }).strict();

/** GET /api/roles/translate */
export const roleQuery = z.object({ text: text(200).min(1, 'give the role text') }).strict();
