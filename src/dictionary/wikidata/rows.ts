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

/** Rows in file order: sorted by id, so the diff between two imports stays readable. */
export const sortRows = (rows: readonly Row[]): Row[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The whole file: header, a provenance comment, then the rows as given (see sortRows). */
export function renderTsv(rows: readonly Row[], comment: string): string {
  return [HEADER, `# ${comment.replace(/\s+/g, ' ')}`, ...rows.map(renderRow)].join('\n') + '\n';
}

/** Line of the first row in a file written by renderTsv. */
const FIRST_ROW_LINE = 3;

/**
 * Every problem the dictionary loader would report for the file renderTsv writes from `rows`: each
 * written line goes through the parser (one at a time, so a large import does not hold a second
 * copy of the whole file in parsed form), then all entities through the compiler's cross-checks.
 */
export function loadProblems(rows: readonly Row[], file: string): TsvProblem[] {
  const problems: TsvProblem[] = [];
  const entities: DictEntity[] = [];
  rows.forEach((r, i) => {
    const parsed = parseTsv(`${HEADER}\n${renderRow(r)}\n`, file, ENTITY_HEADER);
    const line = FIRST_ROW_LINE + i;
    for (const p of parsed.problems) problems.push({ ...p, line });
    for (const row of parsed.rows) row.line = line;
    entities.push(...entitiesFromTsv(parsed, problems));
  });
  compileEntities(entities, 'import-check', problems);
  return problems;
}
