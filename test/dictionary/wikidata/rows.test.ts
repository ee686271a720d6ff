import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../src/dictionary/load.js';
import { formatProblem } from '../../../src/dictionary/tsv.js';
import { loadProblems, renderRow, renderTsv, rowProblems, type Row } from '../../../src/dictionary/wikidata/rows.js';
import type { Candidate } from '../../../src/dictionary/wikidata/select.js';
import { useTmpDir } from './helpers.js';

const tmp = useTmpDir();
const cand = (qid: string, name: string, zh: string[], type: 'person' | 'org' = 'person'): Candidate => ({ qid, type, name, zh, enAliases: [], description: null, sitelinks: 0, employers: [], leaders: [] });
const row = (id: string, c: Candidate, over: Partial<Row> = {}): Row => ({ id, candidate: c, org: null, role: null, note: null, ...over });

describe('rows', () => {
  it('renders the ten columns in the README order', () => {
    const c = { ...cand('Q7', 'Mira Murati', ['米拉·穆拉蒂', '米拉·穆拉提']), enAliases: ['Ermira Murati'] };
    expect(renderRow(row('mira-murati', c, { org: 'openai', role: 'Chief Technology Officer' }))).toBe(
      'mira-murati\tperson\tMira Murati\t米拉·穆拉蒂|米拉·穆拉提\t\tErmira Murati\tQ7\topenai\tChief Technology Officer\t',
    );
  });

  it('rowProblems passes what the parser accepts and reports what it rejects', () => {
    expect(rowProblems(cand('Q1', 'Zhang Wei', ['张伟']))).toEqual([]);
    expect(rowProblems(cand('Q1', 'Zhang Wei', ['张']))).toEqual(['Chinese form "张" is a single character: too ambiguous to be an alias']);
  });

  it('loadProblems finds what the loader finds, at the same lines', () => {
    const rows = [
      row('a', cand('Q1', 'Zhang Wei', ['张伟'])),
      row('b', cand('Q2', 'Wei Zhang', ['張偉'])),
      row('c', cand('Q3', 'Li Na', ['李娜']), { org: 'nowhere' }),
      row('c', cand('Q4', 'Wang Fang', ['王芳'])),
    ];
    const file = path.join(tmp(), 'x.tsv');
    writeFileSync(file, renderTsv(rows, 'test'));
    const mine = loadProblems(rows, file).map(formatProblem).sort();
    expect(mine).toHaveLength(4);
    expect(mine.some((p) => /x\.tsv:6: id "c" is already used at .*x\.tsv:5/.test(p))).toBe(true);
    expect(mine.some((p) => /x\.tsv:3: alias "张伟" is also claimed by b/.test(p))).toBe(true);
    expect(mine.some((p) => /org "nowhere" is not the id of any entity/.test(p))).toBe(true);
    expect(mine).toEqual(compileDictionary([file]).problems.map(formatProblem).sort());
  });
});
