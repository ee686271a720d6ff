// The store: newsanno's one owner of SQL. Every public method translates SQLite failures into
// NewsannoErrors naming the database file.
import { NewsannoError } from '../core/errors.js';
import type { AliasProposal, AnnotatedArticle, Article, Entity, EntityType } from '../core/types.js';
import {
  articleEntities,
  articleIds,
  countArticles,
  findEntities,
  getArticle,
  getEntity,
  iterateArticles,
  type IterateOptions,
} from './article-queries.js';
import { eventCounts, getEvent, listEvents } from './event-queries.js';
import { openDatabase, type OpenOptions } from './open-database.js';
import { acceptedAliases, decideProposal, listProposals, saveProposals } from './proposals.js';
import { appendReview, reviewHistory } from './reviews.js';
import { finishRun, getRun, startRun } from './runs.js';
import { guarded } from './sqlite-errors.js';
import { Statements } from './statements.js';
import type {
  AcceptedAlias,
  EventFilter,
  EventListing,
  ProposalRecord,
  ProposalStatus,
  ReviewAction,
  ReviewOptions,
  ReviewRecord,
  RunInfo,
  RunRecord,
  SaveMode,
  SaveResult,
  StoredEntity,
  StoreStats,
} from './types.js';
import { writeArticle } from './write-article.js';

export class Store {
  readonly #sql: Statements;

  constructor(
    readonly file: string,
    readonly readOnly: boolean,
    sql: Statements,
  ) {
    this.#sql = sql;
  }

  #read<T>(fn: (sql: Statements) => T): T {
    return guarded(this.file, () => fn(this.#sql));
  }

  #write<T>(fn: (sql: Statements) => T): T {
    if (this.readOnly)
      throw new NewsannoError('the database was opened read-only', {
        code: 'store-readonly',
        file: this.file,
        hint: 'this is a bug in the command: it must open the database for writing',
      });
    return guarded(this.file, () => fn(this.#sql));
  }

  /** Runs `fn` in one transaction: batching several saveArticle calls this way makes bulk ingest faster. */
  transaction<T>(fn: () => T): T {
    return this.#write((sql) => sql.transaction(fn));
  }

  close(): void {
    if (this.#sql.db.open) this.#sql.db.close();
  }

  // runs

  startRun(info: RunInfo): number {
    return this.#write((sql) => startRun(sql, info));
  }

  finishRun(id: number, summary: unknown): void {
    this.#write((sql) => finishRun(sql, id, summary));
  }

  getRun(id: number): RunRecord | null {
    return this.#read((sql) => getRun(sql, id));
  }

  // articles

  /** Stores an article's annotation in one transaction; see writeArticle for what each mode keeps. */
  saveArticle(annotated: AnnotatedArticle, runId: number, mode: SaveMode): SaveResult {
    return this.#write((sql) => writeArticle(sql, annotated, runId, mode));
  }

  articleIds(): string[] {
    return this.#read(articleIds);
  }

  getArticle(id: string): Article | null {
    return this.#read((sql) => getArticle(sql, id));
  }

  countArticles(): number {
    return this.#read(countArticles);
  }

  /** Every stored article, a page at a time; saving while iterating is allowed. */
  *iterateArticles(options: IterateOptions = {}): Generator<Article> {
    const it = iterateArticles(this.#sql, options);
    for (;;) {
      const step = this.#read(() => it.next());
      if (step.done) return;
      yield step.value;
    }
  }

  /** The entities the article's annotation listed, with their mentions in it. */
  articleEntities(articleId: string): Entity[] {
    return this.#read((sql) => articleEntities(sql, articleId));
  }

  getEntity(id: string): StoredEntity | null {
    return this.#read((sql) => getEntity(sql, id));
  }

  findEntities(query: string, options: { type?: EntityType; limit?: number } = {}): StoredEntity[] {
    return this.#read((sql) => findEntities(sql, query, options));
  }

  // review

  listEvents(filter: EventFilter = {}): EventListing[] {
    return this.#read((sql) => listEvents(sql, filter));
  }

  getEvent(eventId: string): EventListing | null {
    return this.#read((sql) => getEvent(sql, eventId));
  }

  /** Appends a review and returns the event as it now stands. */
  review(eventId: string, action: ReviewAction, options: ReviewOptions = {}): EventListing {
    return this.#write((sql) => {
      appendReview(sql, eventId, action, options);
      return getEvent(sql, eventId)!;
    });
  }

  history(eventId: string): ReviewRecord[] {
    return this.#read((sql) => reviewHistory(sql, eventId));
  }

  // alias proposals

  saveProposals(articleId: string, proposals: readonly AliasProposal[]): void {
    this.#write((sql) => saveProposals(sql, articleId, proposals));
  }

  listProposals(status?: ProposalStatus | readonly ProposalStatus[]): ProposalRecord[] {
    return this.#read((sql) => listProposals(sql, status));
  }

  decideProposal(id: number, decision: 'accepted' | 'rejected'): ProposalRecord {
    return this.#write((sql) => decideProposal(sql, id, decision));
  }

  /** Aliases people accepted, for the resolver to use when reprocessing. */
  acceptedAliases(): AcceptedAlias[] {
    return this.#read(acceptedAliases);
  }

  // summaries

  stats(): StoreStats {
    return this.#read((sql) => {
      const events = eventCounts(sql);
      const proposalsByStatus = { proposed: 0, accepted: 0, rejected: 0 } as Record<ProposalStatus, number>;
      for (const r of sql.all<{ status: ProposalStatus; n: number }>(`SELECT status, count(*) AS n FROM alias_proposals GROUP BY status`))
        proposalsByStatus[r.status] = r.n;
      return {
        articles: countArticles(sql),
        events: events.total,
        eventsByType: events.byType,
        eventsByStatus: events.byStatus,
        proposalsByStatus,
      };
    });
  }
}

/**
 * Opens the newsanno database at `file`, creating it (and its folder) unless read-only, and brings
 * its schema up to date. Any problem is a NewsannoError with a hint.
 */
export function openStore(file: string, options: Pick<OpenOptions, 'readonly'> = {}): Store {
  const db = openDatabase(file, options);
  return new Store(file, options.readonly ?? false, new Statements(db));
}
