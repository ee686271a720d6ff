// Reads the human-edited TSV files of dictionaries/ strictly: every problem is reported with file:line.
import { readFileSync } from 'node:fs';

export interface TsvProblem {
  file: string;
  line: number;
  message: string;
}

export interface TsvRow {
  file: string;
  line: number;
  /** Column name → cell (never undefined for a header column). */
  cells: Record<string, string>;
}

export interface TsvResult {
  rows: TsvRow[];
  problems: TsvProblem[];
}

/**
 * Parses `text` (the contents of `file`) against the expected header. Lines starting with `#` and
 * blank lines are skipped. Problems: BOM, CRLF, a wrong header, a wrong column count, and cells with
 * stray spaces around them.
 */
export function parseTsv(text: string, file: string, header: readonly string[]): TsvResult {
  const rows: TsvRow[] = [];
  const problems: TsvProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  if (text.charCodeAt(0) === 0xfeff) {
    problem(1, 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
    text = text.slice(1);
  }
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let sawHeader = false;
  lines.forEach((raw, i) => {
    const n = i + 1;
    let line = raw;
    if (line.endsWith('\r')) {
      problem(n, 'Windows line ending (CRLF); save the file with LF line endings');
      line = line.slice(0, -1);
    }
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!sawHeader) {
      sawHeader = true;
      if (cells.join('\t') !== header.join('\t'))
        problem(n, `the header must be exactly: ${header.join(' <TAB> ')} (found: ${cells.join(' <TAB> ')})`);
      return;
    }
    if (cells.length !== header.length) {
      problem(n, `expected ${header.length} tab-separated columns, found ${cells.length} (empty columns still need their tabs)`);
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((h, k) => {
      const cell = cells[k];
      if (cell !== cell.trim()) problem(n, `column "${h}" has spaces around ${JSON.stringify(cell)}`);
      record[h] = cell.trim();
    });
    rows.push({ file, line: n, cells: record });
  });
  if (!sawHeader) problem(1, `the file is empty; it needs at least the header: ${header.join(' <TAB> ')}`);
  return { rows, problems };
}

export function readTsv(file: string, header: readonly string[], displayName = file): TsvResult {
  return parseTsv(readFileSync(file, 'utf8'), displayName, header);
}

/** Splits a `|` list cell; reports empty items (`a||b`, a trailing `|`) and spaces around items. */
export function splitList(cell: string, column: string, row: TsvRow, problems: TsvProblem[]): string[] {
  if (cell === '') return [];
  const items = cell.split('|');
  const out: string[] = [];
  for (const item of items) {
    if (item.trim() === '') {
      problems.push({ file: row.file, line: row.line, message: `column "${column}" has an empty item in ${JSON.stringify(cell)} (stray "|")` });
      continue;
    }
    if (item !== item.trim())
      problems.push({ file: row.file, line: row.line, message: `column "${column}": spaces around ${JSON.stringify(item)}` });
    out.push(item.trim());
  }
  return out;
}

export const formatProblem = (p: TsvProblem): string => `${p.file}:${p.line}: ${p.message}`;
