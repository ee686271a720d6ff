// Parses dictionaries/entities/*.tsv into validated entity records.
import type { EntityType } from '../core/types.js';
import { enKey, hasHan, hasLatin, zhKey } from './fold.js';
import { splitList, type TsvProblem, type TsvResult } from './tsv.js';

export const ENTITY_HEADER = ['id', 'type', 'name', 'zh', 'zh_short', 'en_aliases', 'wikidata', 'org', 'role', 'note'] as const;

export interface DictEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Chinese full forms as written (parts joined by ·); the first is the display form. */
  zh: string[];
  zhShort: string[];
  enAliases: string[];
  wikidata: string | null;
  org: string | null;
  role: string | null;
  note: string | null;
  file: string;
  line: number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID = /^Q[1-9]\d*$/;

/** Turns parsed rows into entities, appending every problem found (file:line and reason). */
export function entitiesFromTsv(parsed: TsvResult, problems: TsvProblem[]): DictEntity[] {
  const out: DictEntity[] = [];
  for (const row of parsed.rows) {
    const c = row.cells;
    const bad = (message: string) => problems.push({ file: row.file, line: row.line, message });
    if (!c.id) bad('empty id');
    else if (!ID.test(c.id)) bad(`id ${JSON.stringify(c.id)} must be lowercase kebab-case (a-z, 0-9, single hyphens)`);
    if (c.type !== 'person' && c.type !== 'org') bad(`type must be "person" or "org", found ${JSON.stringify(c.type)}`);
    if (!c.name) bad('empty name: every entity needs its canonical English name');
    else if (hasHan(c.name)) bad(`name ${JSON.stringify(c.name)} must be in Latin script; Chinese forms go in the zh column`);
    const zh = splitList(c.zh, 'zh', row, problems);
    const zhShort = splitList(c.zh_short, 'zh_short', row, problems);
    const enAliases = splitList(c.en_aliases, 'en_aliases', row, problems);
    for (const z of [...zh, ...zhShort]) {
      if (hasLatin(z)) bad(`Chinese form ${JSON.stringify(z)} contains Latin letters; Latin forms go in en_aliases`);
      if (!hasHan(z)) bad(`Chinese form ${JSON.stringify(z)} has no Chinese characters`);
      if (/·{2,}|^·|·$/.test(z.replace(/[・•‧]/g, '·'))) bad(`Chinese form ${JSON.stringify(z)} has a stray name separator`);
      if (zhKey(z).length < 2) bad(`Chinese form ${JSON.stringify(z)} is a single character: too ambiguous to be an alias`);
    }
    for (const e of enAliases) if (hasHan(e)) bad(`English alias ${JSON.stringify(e)} contains Chinese characters; put it in zh`);
    if (c.wikidata && !QID.test(c.wikidata)) bad(`wikidata ${JSON.stringify(c.wikidata)} is not a QID like Q95`);
    if (c.type === 'org' && (c.org || c.role)) bad('org and role columns are for people only');
    const dupWithin = (list: string[], key: (s: string) => string, col: string) => {
      const seen = new Set<string>();
      for (const s of list) {
        const k = key(s);
        if (seen.has(k)) bad(`column "${col}" lists ${JSON.stringify(s)} twice (after folding script and separators)`);
        seen.add(k);
      }
    };
    dupWithin([...zh, ...zhShort], zhKey, 'zh/zh_short');
    dupWithin([c.name, ...enAliases], enKey, 'name/en_aliases');
    out.push({
      id: c.id,
      type: c.type as EntityType,
      name: c.name,
      zh,
      zhShort,
      enAliases,
      wikidata: c.wikidata || null,
      org: c.org || null,
      role: c.role || null,
      note: c.note || null,
      file: row.file,
      line: row.line,
    });
  }
  return out;
}
