// Review from the command line: list events, accept, reject, edit, and show an event's history.
import { existsSync } from 'node:fs';
import { NewsannoError } from '../../core/errors.js';
import type { EventType } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { EVENT_STATUSES, EVENT_TYPES, type EventListing, type ReviewChanges } from '../../store/types.js';
import type { EventStatus } from '../../core/types.js';
import { bool, list, str, type CommandSpec, type Io, type ParsedArgs } from '../spec.js';
import { shared } from './ingest.js';

const REVIEWER = { name: 'reviewer', type: 'string', placeholder: 'NAME', description: 'who made the decision (default: $USER)' } as const;
const NOTE = { name: 'note', type: 'string', placeholder: 'TEXT', description: 'why, for the history' } as const;

async function withStore<T>(args: ParsedArgs, fn: (store: Store) => T | Promise<T>): Promise<T> {
  const db = str(args, 'db')!;
  if (!existsSync(db)) throw new NewsannoError(`database not found: ${db}`, { code: 'usage', hint: 'create it with `newsanno ingest PATH --db FILE`' });
  const { openStore } = await import('../../store/index.js');
  const store = openStore(db);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

function formatEvent(e: EventListing): string {
  const what = e.type === 'quote' ? `“${e.quote?.text ?? ''}”` : [e.role ? (e.role.en ?? e.role.text) : null, e.org?.name, e.date].filter(Boolean).join(', ');
  const edited = e.edited.length ? ` (edited: ${e.edited.join(', ')})` : '';
  return `${e.id}  ${e.status.padEnd(8)} ${e.type.padEnd(11)} ${e.person.name}${what ? ` — ${what}` : ''}${edited}\n    ${e.source}: «${e.evidence.text}» [${e.evidence.start}-${e.evidence.end}] conf ${e.confidence}`;
}

const reviewer = (args: ParsedArgs) => str(args, 'reviewer') ?? process.env.USER ?? null;

function decide(action: 'accept' | 'reject' | 'reset', summary: string): CommandSpec {
  return {
    name: action,
    summary,
    args: 'EVENT_ID...',
    minArgs: 1,
    flags: [shared.DB, REVIEWER, NOTE],
    run(args, io) {
      return withStore(args, (store) => {
        store.transaction(() => {
          for (const id of args.positionals) io.out(formatEvent(store.review(id, action, { reviewer: reviewer(args), note: str(args, 'note') ?? null })) + '\n');
        });
        return 0;
      });
    },
  };
}

export const eventsCommand: CommandSpec = {
  name: 'events',
  summary: 'Review extracted events from the command line: list, accept, reject, edit, reset, history. Reviews are appended, never overwritten.',
  flags: [],
  subcommands: [
    {
      name: 'list',
      summary: 'List events with their review status and evidence.',
      maxArgs: 0,
      flags: [
        shared.DB,
        { name: 'status', type: 'string', placeholder: 'LIST', list: true, choices: EVENT_STATUSES, description: 'only these statuses' },
        { name: 'type', type: 'string', placeholder: 'LIST', list: true, choices: EVENT_TYPES, description: 'only these event types' },
        { name: 'person', type: 'string', placeholder: 'NAME', description: 'an entity id or part of a name' },
        { name: 'article', type: 'string', placeholder: 'ID', description: 'only this article' },
        { name: 'limit', type: 'string', placeholder: 'N', default: '100', description: 'at most N events' },
        { name: 'offset', type: 'string', placeholder: 'N', default: '0', description: 'skip the first N' },
        shared.JSON_FLAG,
      ],
      run(args, io) {
        return withStore(args, (store) => {
          const events = store.listEvents({
            status: list(args, 'status') as EventStatus[] | undefined,
            type: list(args, 'type') as EventType[] | undefined,
            person: str(args, 'person'),
            articleId: str(args, 'article'),
            limit: Number(str(args, 'limit')),
            offset: Number(str(args, 'offset')),
          });
          if (bool(args, 'json')) io.out(JSON.stringify(events, null, 2) + '\n');
          else for (const e of events) io.out(formatEvent(e) + '\n');
          return 0;
        });
      },
    },
    decide('accept', 'Mark events as correct.'),
    decide('reject', 'Mark events as wrong; they stay stored (and are kept by reprocessing) with status rejected.'),
    decide('reset', 'Take back the decision on events: they are pending again (the history keeps every step).'),
    {
      name: 'edit',
      summary: 'Correct an event: its type, person, organisation, role or date. The machine values are kept beside your edit.',
      args: 'EVENT_ID',
      minArgs: 1,
      maxArgs: 1,
      flags: [
        shared.DB,
        { name: 'type', type: 'string', placeholder: 'TYPE', choices: EVENT_TYPES, description: 'the event type' },
        { name: 'person', type: 'string', placeholder: 'ENTITY', description: 'the person: an entity id or an exact name' },
        { name: 'org', type: 'string', placeholder: 'ENTITY', description: 'the organisation: an entity id or exact name; "none" when the article does not say' },
        { name: 'role', type: 'string', placeholder: 'TEXT', description: 'the role as written (Chinese or English); "none" to clear' },
        { name: 'role-en', type: 'string', placeholder: 'TEXT', description: 'the English title, when it cannot be derived from --role' },
        { name: 'date', type: 'string', placeholder: 'DATE', description: 'YYYY, YYYY-MM or YYYY-MM-DD; "none" to clear' },
        REVIEWER,
        NOTE,
      ],
      examples: ['newsanno events edit 3f2a… --db news.db --role 首席技术官 --date 2024-09'],
      run(args, io) {
        return withStore(args, async (store) => {
          const { normaliseRoleEn, translateRoleZh } = await import('../../stages/roles/index.js');
          const changes: ReviewChanges = {};
          const t = str(args, 'type');
          if (t) changes.type = t as EventType;
          const person = str(args, 'person');
          if (person) changes.person = entityId(store, person, 'person');
          const org = str(args, 'org');
          if (org) changes.org = org === 'none' ? null : entityId(store, org, 'org');
          const role = str(args, 'role');
          if (role) changes.role = role === 'none' ? null : { text: role, en: str(args, 'role-en') ?? (/\p{Script=Han}/u.test(role) ? translateRoleZh(role) : normaliseRoleEn(role)) };
          const date = str(args, 'date');
          if (date) changes.date = date === 'none' ? null : date;
          if (!Object.keys(changes).length) throw new NewsannoError('nothing to edit', { code: 'usage', hint: 'give at least one of --type, --person, --org, --role, --date' });
          io.out(formatEvent(store.review(args.positionals[0], 'edit', { changes, reviewer: reviewer(args), note: str(args, 'note') ?? null })) + '\n');
          return 0;
        });
      },
    },
    {
      name: 'history',
      summary: "Show an event's reviews, oldest first, with the machine's values.",
      args: 'EVENT_ID',
      minArgs: 1,
      maxArgs: 1,
      flags: [shared.DB, shared.JSON_FLAG],
      run(args, io) {
        return withStore(args, (store) => {
          const id = args.positionals[0];
          const event = store.getEvent(id);
          if (!event) throw new NewsannoError(`no event with id ${id}`, { code: 'usage', hint: 'list ids with `newsanno events list --db FILE`' });
          const history = store.history(id);
          if (bool(args, 'json')) io.out(JSON.stringify({ event, history }, null, 2) + '\n');
          else {
            io.out(formatEvent(event) + '\n');
            io.out(`  machine: ${JSON.stringify(event.machine)}\n`);
            for (const r of history) io.out(`  ${r.at}  ${r.action}${r.changes ? ` ${JSON.stringify(r.changes)}` : ''}${r.reviewer ? ` by ${r.reviewer}` : ''}${r.note ? ` — ${r.note}` : ''}\n`);
            if (!history.length) io.out('  (no reviews yet)\n');
          }
          return 0;
        });
      },
    },
  ],
};

function entityId(store: Store, ref: string, type: 'person' | 'org'): string {
  if (store.getEntity(ref)) return ref;
  const found = store.findEntities(ref, { type, limit: 5 });
  const exact = found.filter((e) => e.name === ref || e.names.zh === ref || e.names.en === ref);
  if (exact.length === 1) return exact[0].id;
  if (!found.length) throw new NewsannoError(`no ${type} entity matches "${ref}"`, { code: 'usage', hint: 'use an entity id from the export, or the exact canonical name' });
  throw new NewsannoError(`"${ref}" matches several entities: ${found.map((e) => `${e.id} (${e.name})`).join(', ')}`, { code: 'usage', hint: 'give the entity id' });
}

export type { Io };
