// The review API: routes as data, each a small function over the store. Every failure becomes an
// HttpError (400 bad input, 404 unknown id); the server turns those into JSON { error, hint }.
import { z } from 'zod';
import { NewsannoError } from '../core/errors.js';
import type { EventType, EventStatus } from '../core/types.js';
import type { Store } from '../store/index.js';
import type { ProposalStatus } from '../store/types.js';
import { HttpError } from './http.js';
import { DEFAULT_PAGE, entitiesQuery, eventsQuery, proposalBody, proposalsQuery, reviewBody, roleQuery } from './schemas.js';

export interface ApiContext {
  store: Store;
  /** Recorded as the reviewer when a request names none (the CLI passes --reviewer or $USER). */
  defaultReviewer: string | null;
}

type Handler = (ctx: ApiContext, params: string[], query: Record<string, string>, body: unknown) => unknown | Promise<unknown>;

export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the decoded path segments; capture groups become `params`. */
  pattern: RegExp;
  handler: Handler;
}

/** One line naming each problem: `changes.date: YYYY, YYYY-MM or YYYY-MM-DD; action: …`. */
export function describeIssues(error: z.ZodError, what: string): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : what}: ${i.message}`).join('; ');
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string, hint: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, `bad ${what}: ${describeIssues(r.error, what)}`, hint, 'bad-request');
  return r.data;
}

const REVIEW_HINT =
  'send { "action": "accept" | "reject" | "reset" | "edit", "changes"?: { type?, person?, org?, role?: { text, en }, date? }, "reviewer"?, "note"? }; changes only with edit';

const notFound = (what: string, id: string, hint: string) => new HttpError(404, `there is no ${what} ${JSON.stringify(id)}`, hint, `unknown-${what.replace(/ /g, '-')}`);

const EVENT_HINT = 'list the events with GET /api/events to see their ids';

function proposalId(s: string): number {
  if (!/^\d{1,12}$/.test(s)) throw notFound('alias proposal', s, 'list the proposals with GET /api/proposals to see their ids');
  return Number(s);
}

export const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/stats$/,
    handler: ({ store }) => store.stats(),
  },
  {
    method: 'GET',
    pattern: /^\/api\/events$/,
    handler: ({ store }, _p, query) => {
      const q = parse(eventsQuery, query, 'query', 'status and type take comma-separated values (or "all"); limit 1–500; offset ≥ 0');
      const limit = q.limit ?? DEFAULT_PAGE;
      const offset = q.offset ?? 0;
      // One more than asked, to say whether another page follows without counting every match.
      const events = store.listEvents({
        status: q.status as EventStatus[] | undefined,
        type: q.type as EventType[] | undefined,
        person: q.person || undefined,
        articleId: q.article || undefined,
        limit: limit + 1,
        offset,
      });
      return { events: events.slice(0, limit), offset, limit, hasMore: events.length > limit };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/events\/([^/]+)$/,
    handler: ({ store }, [id]) => {
      const event = store.getEvent(id);
      if (!event) throw notFound('event', id, EVENT_HINT);
      return { event, history: store.history(id) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/events\/([^/]+)\/review$/,
    handler: ({ store, defaultReviewer }, [id], _q, body) => {
      if (!store.getEvent(id)) throw notFound('event', id, EVENT_HINT);
      const b = parse(reviewBody, body, 'review', REVIEW_HINT);
      const reviewer = b.reviewer === undefined || b.reviewer === '' ? defaultReviewer : b.reviewer;
      const note = b.note === undefined || b.note === '' ? null : b.note;
      return store.review(id, b.action, { ...(b.changes ? { changes: b.changes } : {}), reviewer, note });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/articles\/([^/]+)$/,
    handler: ({ store }, [id]) => {
      const article = store.getArticle(id);
      if (!article) throw notFound('article', id, 'article ids come with each event (articleId)');
      return { article, entities: store.articleEntities(id), events: store.listEvents({ articleId: id }) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/entities$/,
    handler: ({ store }, _p, query) => {
      const q = parse(entitiesQuery, query, 'query', 'give q (part of a name, an alias or an id), optionally type=person|org and limit ≤ 100');
      if (!q.q) return { entities: [] };
      return { entities: store.findEntities(q.q, { ...(q.type ? { type: q.type } : {}), limit: q.limit ?? 20 }) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/proposals$/,
    handler: ({ store }, _p, query) => {
      const q = parse(proposalsQuery, query, 'query', 'status takes proposed, accepted, rejected or all, comma-separated');
      return { proposals: store.listProposals(q.status === undefined ? undefined : (q.status as ProposalStatus[])) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/proposals\/([^/]+)$/,
    handler: ({ store }, [id], _q, body) => {
      const n = proposalId(id);
      const b = parse(proposalBody, body, 'decision', 'send { "decision": "accepted" } or { "decision": "rejected" }');
      return store.decideProposal(n, b.decision);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/roles\/translate$/,
    handler: async (_ctx, _p, query) => {
      const q = parse(roleQuery, query, 'query', 'give text, the role as the article writes it');
      const { translateRoleZh } = await import('../stages/roles/index.js');
      return { text: q.text, en: translateRoleZh(q.text) };
    },
  },
];

const NOT_FOUND_CODES = new Set(['unknown-event', 'unknown-proposal', 'unknown-article', 'unknown-entity']);
const BAD_INPUT_CODES = new Set(['bad-edit', 'bad-review', 'bad-filter', 'bad-decision', 'usage']);

/** A store error as an HTTP error: the user's mistakes are 400/404, a locked database 503, the rest 500. */
export function toHttpError(err: unknown): HttpError | null {
  if (err instanceof HttpError) return err;
  if (!(err instanceof NewsannoError)) return null;
  if (NOT_FOUND_CODES.has(err.code)) return new HttpError(404, err.message, err.hint, err.code);
  if (BAD_INPUT_CODES.has(err.code)) return new HttpError(400, err.message, err.hint, err.code);
  if (err.code === 'store-busy') return new HttpError(503, err.message, err.hint, err.code);
  return new HttpError(500, err.message, err.hint, err.code);
}

/** The route for a method and path; 404 when no path matches, 405 when only the method is wrong. */
export function findRoute(method: string, path: string): { route: Route; params: string[] } {
  let pathMatched = false;
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue;
    const params = m.slice(1).map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        throw new HttpError(400, `bad URL: ${JSON.stringify(p)} is not valid percent-encoding`, 'encode ids with encodeURIComponent', 'bad-url');
      }
    });
    return { route, params };
  }
  if (pathMatched) throw new HttpError(405, `${method} is not allowed on ${path}`, 'see docs/review.md for the API', 'method-not-allowed');
  throw new HttpError(404, `no such API path: ${path}`, 'see docs/review.md for the API', 'not-found');
}
