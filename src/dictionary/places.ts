// Place names (dictionaries/places/places.tsv), used to name organisations the dictionary does not
// know: 新加坡政府 → Government of Singapore, 巴西国家队 → Brazil national team.
import { fromRoot } from '../core/paths.js';
import { NewsannoError } from '../core/errors.js';
import { formatProblem, readTsv, type TsvProblem } from './tsv.js';

export const PLACE_HEADER = ['zh', 'en', 'kind'] as const;
const KINDS = new Set(['country', 'region', 'province', 'city']);

export interface Places {
  /** zh → English, longest keys first for prefix matching. */
  byZh: Map<string, string>;
  keys: string[];
}

export function parsePlaces(file = fromRoot('dictionaries', 'places', 'places.tsv'), problems: TsvProblem[] = []): Places {
  const parsed = readTsv(file, PLACE_HEADER, 'dictionaries/places/places.tsv');
  problems.push(...parsed.problems);
  const byZh = new Map<string, string>();
  for (const row of parsed.rows) {
    const { zh, en, kind } = row.cells;
    const bad = (message: string) => problems.push({ file: row.file, line: row.line, message });
    if (!zh || !en) bad('zh and en are required');
    else if (!KINDS.has(kind)) bad(`kind must be one of ${[...KINDS].join(', ')}`);
    else if (byZh.has(zh)) bad(`${zh} is listed twice`);
    else byZh.set(zh, en);
  }
  return { byZh, keys: [...byZh.keys()].sort((a, b) => b.length - a.length) };
}

let cached: Places | undefined;

export function loadPlaces(): Places {
  if (cached) return cached;
  const problems: TsvProblem[] = [];
  const places = parsePlaces(undefined, problems);
  if (problems.length) throw new NewsannoError(`the place table has problems:\n  ${problems.map(formatProblem).join('\n  ')}`, { code: 'dictionary', hint: 'fix dictionaries/places/places.tsv' });
  return (cached = places);
}

/** The place a Chinese name starts with, if any: 新加坡政府 → { zh: 新加坡, en: Singapore }. */
export function leadingPlace(name: string, places = loadPlaces()): { zh: string; en: string } | null {
  for (const k of places.keys) if (name.startsWith(k)) return { zh: k, en: places.byZh.get(k)! };
  return null;
}
