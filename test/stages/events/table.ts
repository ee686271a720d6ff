// The must/must-not sentence tables in ./tables (a header, then one row per line; `#` comments), and running one
// row through the real pipeline as its own article.
import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import type { AnnotatedArticle } from '../../../src/core/types.js';
import { annotate, createContext, type PipelineContext } from '../../../src/pipeline.js';
import { toArticle } from '../../../src/stages/read/article.js';

/** One table row: its cells by column name (trimmed; `\n` in a sentence is a line break). */
export type TableRow<C extends string> = Record<C, string> & {
  /** File and line, for finding the row: `zh-departure.tsv:12`. */
  at: string;
  expect: 'must' | 'not';
  sentence: string;
  published: string;
};

export function loadTable<C extends string>(file: string, columns: readonly C[]): Array<TableRow<C>> {
  const text = readFileSync(new URL(`./tables/${file}`, import.meta.url), 'utf8');
  const rows: Array<TableRow<C>> = [];
  let header: string[] | null = null;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      if (header.join('\t') !== columns.join('\t')) throw new Error(`${file}:${i + 1}: header must be ${columns.join(' ')}`);
      return;
    }
    if (cells.length !== columns.length) throw new Error(`${file}:${i + 1}: ${cells.length} cells, want ${columns.length}`);
    const record: Record<string, string> = Object.fromEntries(columns.map((c, k) => [c, cells[k].trim()]));
    if (record.expect !== 'must' && record.expect !== 'not') throw new Error(`${file}:${i + 1}: expect must be must or not, not ${record.expect}`);
    record.sentence = (record.sentence ?? '').replace(/\\n/g, '\n');
    record.published ??= '';
    rows.push({ ...record, at: `${file}:${i + 1}` } as TableRow<C>);
  });
  return rows;
}

/** Annotates each row's sentence as its own Chinese article with one pipeline context per test file. */
export function useRowAnnotator(): (row: { at: string; sentence: string; published: string }) => AnnotatedArticle {
  let ctx: PipelineContext;
  beforeAll(() => {
    ctx = createContext();
  });
  return (row) => {
    const { article } = toArticle({ source: row.at, text: row.sentence, published: row.published, lang: 'zh' });
    return annotate(article, ctx);
  };
}
