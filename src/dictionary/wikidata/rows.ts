// Renders imported entities as rows of the entity TSV (dictionaries/README.md) and checks them with
// the project's own parser and compiler, so a written file always loads.
import { compileEntities } from '../compile.js';
import { ENTITY_HEADER, entitiesFromTsv, type DictEntity } from '../entities.js';
import { parseTsv, type TsvProblem } from '../tsv.js';
import type { Candidate } from './select.js';

export interface Row {
  id: string;
  candidate: Candidate;
  org: string | null;
  role: string | null;
  note: string | null;
}

const HEADER = ENTITY_HEADER.join('\t');
/** A valid id for checking one row before the real ids are known. */
const PROBE_ID = 'probe';

export function renderRow(r: Row): string {
  const c = r.candidate;
  return [r.id, c.type, c.name, c.zh.join('|'), '', c.enAliases.join('|'), c.qid, r.org ?? '', r.role ?? '', r.note ?? ''].join('\t');
}

/** The parser's complaints about one candidate on its own (empty when it would load). */
export function rowProblems(c: Candidate): string[] {
  const parsed = parseTsv(`${HEADER}\n${renderRow({ id: PROBE_ID, candidate: c, org: null, role: null, note: null })}\n`, c.qid, ENTITY_HEADER);
  const problems = [...parsed.problems];
  entitiesFromTsv(parsed, problems);
  return problems.map((p) => p.message);
}

/** The whole file: header, a provenance comment, rows sorted by id (stable diffs between imports). */
export function renderTsv(rows: readonly Row[], comment: string): string {
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [HEADER, `# ${comment.replace(/\s+/g, ' ')}`, ...sorted.map(renderRow)];
  return lines.join('\n') + '\n';
}

/** Every problem the dictionary loader would report for this file on its own. */
export function loadProblems(text: string, file: string): TsvProblem[] {
  const parsed = parseTsv(text, file, ENTITY_HEADER);
  const problems = [...parsed.problems];
  const entities: DictEntity[] = entitiesFromTsv(parsed, problems);
  compileEntities(entities, 'import-check', problems);
  return problems;
}
