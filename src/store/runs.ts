// Runs: one row per command that writes, so every stored item can say which run produced it.
import { NewsannoError } from '../core/errors.js';
import type { Statements } from './statements.js';
import type { RunInfo, RunRecord } from './types.js';

export function startRun(sql: Statements, info: RunInfo): number {
  const result = sql.run(
    `INSERT INTO runs (started_at, command, pipeline, dictionary_version, rules_version) VALUES (?, ?, ?, ?, ?)`,
    [new Date().toISOString(), info.command, info.pipeline, info.dictionaryVersion, info.rulesVersion],
  );
  return Number(result.lastInsertRowid);
}

export function finishRun(sql: Statements, id: number, summary: unknown): void {
  const json = JSON.stringify(summary ?? null);
  const result = sql.run(`UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?`, [new Date().toISOString(), json, id]);
  if (result.changes === 0)
    throw new NewsannoError(`run ${id} does not exist`, { code: 'unknown-run', hint: 'pass the id startRun() returned; this is a bug in the caller' });
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  command: string;
  pipeline: string;
  dictionary_version: string;
  rules_version: string;
  summary: string | null;
}

export function getRun(sql: Statements, id: number): RunRecord | null {
  const r = sql.one<RunRow>(`SELECT * FROM runs WHERE id = ?`, [id]);
  return r
    ? {
        id: r.id,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        command: r.command,
        pipeline: r.pipeline,
        dictionaryVersion: r.dictionary_version,
        rulesVersion: r.rules_version,
        summary: r.summary === null ? null : JSON.parse(r.summary),
      }
    : null;
}
