// Alias proposals: names learned from articles, upserted per (entity, alias) and decided by a person.
import { NewsannoError } from '../core/errors.js';
import type { AliasProposal, Lang, ResolutionMethod } from '../core/types.js';
import type { Statements } from './statements.js';
import { PROPOSAL_STATUSES, type AcceptedAlias, type ProposalRecord, type ProposalStatus } from './types.js';

// A later sighting replaces the kept evidence only when it scores higher; a decided proposal stays decided.
const UPSERT_PROPOSAL = `
INSERT INTO alias_proposals (entity_id, entity_name, alias, lang, method, score, article_id,
                             evidence_text, evidence_start, evidence_end, created_at)
VALUES (@entityId, @entityName, @alias, @lang, @method, @score, @articleId,
        @evidenceText, @evidenceStart, @evidenceEnd, @at)
ON CONFLICT (entity_id, alias) DO UPDATE SET
  entity_name = excluded.entity_name, lang = excluded.lang, method = excluded.method, score = excluded.score,
  article_id = excluded.article_id, evidence_text = excluded.evidence_text,
  evidence_start = excluded.evidence_start, evidence_end = excluded.evidence_end
WHERE excluded.score > alias_proposals.score`;

const SELECT_PROPOSAL = `
SELECT p.*, (SELECT count(*) FROM alias_proposal_sightings s WHERE s.proposal_id = p.id) AS sightings
FROM alias_proposals p`;

interface ProposalRow {
  id: number;
  entity_id: string;
  entity_name: string;
  alias: string;
  lang: Lang;
  method: ResolutionMethod;
  score: number;
  article_id: string;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  status: ProposalStatus;
  created_at: string;
  decided_at: string | null;
  sightings: number;
}

const toRecord = (r: ProposalRow): ProposalRecord => ({
  id: r.id,
  entityId: r.entity_id,
  entityName: r.entity_name,
  alias: r.alias,
  lang: r.lang,
  method: r.method,
  score: r.score,
  count: r.sightings,
  articleId: r.article_id,
  evidence: { text: r.evidence_text, start: r.evidence_start, end: r.evidence_end },
  status: r.status,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

/** Records the article's proposals; seeing the same (entity, alias) again adds a sighting. */
export function saveProposals(sql: Statements, articleId: string, proposals: readonly AliasProposal[]): void {
  if (proposals.length === 0) return;
  sql.transaction(() => {
    if (!sql.one(`SELECT 1 FROM articles WHERE id = ?`, [articleId]))
      throw new NewsannoError(`article ${articleId} is not stored`, {
        code: 'unknown-article',
        hint: 'store the article (saveArticle) before its proposals; this is a bug in the caller',
      });
    const at = new Date().toISOString();
    for (const p of proposals) {
      if (!sql.one(`SELECT 1 FROM entities WHERE id = ?`, [p.entityId]))
        throw new NewsannoError(`alias proposal ${JSON.stringify(p.alias)} names unknown entity ${p.entityId}`, {
          code: 'unknown-entity',
          hint: 'store the entity (saveArticle) before proposing aliases for it; this is a bug in the caller',
        });
      sql.run(UPSERT_PROPOSAL, {
        entityId: p.entityId,
        entityName: p.entityName,
        alias: p.alias,
        lang: p.lang,
        method: p.method,
        score: p.score,
        articleId,
        evidenceText: p.evidence.text,
        evidenceStart: p.evidence.start,
        evidenceEnd: p.evidence.end,
        at,
      });
      const id = sql.one<{ id: number }>(`SELECT id FROM alias_proposals WHERE entity_id = ? AND alias = ?`, [p.entityId, p.alias])!.id;
      sql.run(`INSERT OR IGNORE INTO alias_proposal_sightings (proposal_id, article_id) VALUES (?, ?)`, [id, articleId]);
    }
  });
}

export function listProposals(sql: Statements, status?: ProposalStatus | readonly ProposalStatus[]): ProposalRecord[] {
  const wanted = status === undefined ? [...PROPOSAL_STATUSES] : typeof status === 'string' ? [status] : [...status];
  return sql
    .all<ProposalRow>(`${SELECT_PROPOSAL} WHERE p.status IN (SELECT value FROM json_each(?)) ORDER BY p.score DESC, p.id`, [
      JSON.stringify(wanted),
    ])
    .map(toRecord);
}

export function getProposal(sql: Statements, id: number): ProposalRecord | null {
  const row = sql.one<ProposalRow>(`${SELECT_PROPOSAL} WHERE p.id = ?`, [id]);
  return row ? toRecord(row) : null;
}

/** Accepting adds the alias to the entity's names; rejecting takes back an alias accepted earlier. */
export function decideProposal(sql: Statements, id: number, decision: 'accepted' | 'rejected'): ProposalRecord {
  if (decision !== 'accepted' && decision !== 'rejected')
    throw new NewsannoError(`unknown decision ${JSON.stringify(decision)}`, { code: 'bad-decision', hint: "use 'accepted' or 'rejected'" });
  return sql.transaction(() => {
    const p = getProposal(sql, id);
    if (!p)
      throw new NewsannoError(`there is no alias proposal ${id}`, {
        code: 'unknown-proposal',
        hint: 'list the alias proposals to see their ids',
      });
    sql.run(`UPDATE alias_proposals SET status = ?, decided_at = ? WHERE id = ?`, [decision, new Date().toISOString(), id]);
    if (decision === 'accepted')
      sql.run(
        `INSERT INTO aliases (entity_id, alias, lang, origin) VALUES (?, ?, ?, 'proposal')
         ON CONFLICT (entity_id, alias) DO UPDATE SET origin = 'proposal' WHERE aliases.origin = 'article'`,
        [p.entityId, p.alias, p.lang],
      );
    else {
      // Back to what the articles alone say: an alias still seen in a mention stays, as an article alias.
      sql.run(
        `UPDATE aliases SET origin = 'article' WHERE entity_id = @entityId AND alias = @alias AND origin = 'proposal'
           AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = @entityId AND m.text = @alias)`,
        { entityId: p.entityId, alias: p.alias },
      );
      sql.run(`DELETE FROM aliases WHERE entity_id = ? AND alias = ? AND origin = 'proposal'`, [p.entityId, p.alias]);
    }
    return getProposal(sql, id)!;
  });
}

export function acceptedAliases(sql: Statements): AcceptedAlias[] {
  return sql.all<AcceptedAlias>(
    `SELECT p.entity_id AS entityId, p.alias, p.lang, e.type AS entityType, e.name AS entityName
       FROM alias_proposals p JOIN entities e ON e.id = p.entity_id
      WHERE p.status = 'accepted' ORDER BY p.entity_id, p.alias`,
  );
}
