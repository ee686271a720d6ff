// Cue words (dictionaries/cues/*.tsv): event triggers, quote verbs and the modifiers that cancel events.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NewsannoError } from '../core/errors.js';
import { fromRoot } from '../core/paths.js';
import type { EventType, Lang } from '../core/types.js';
import { zhKey } from './fold.js';
import { formatProblem, readTsv, type TsvProblem } from './tsv.js';

export const CUE_HEADER = ['cue', 'class', 'event', 'frame', 'note'] as const;
export type CueClass = 'trigger' | 'quote-verb' | 'negation' | 'denial' | 'hypothetical' | 'continuation' | 'tenure' | 'blocker';
const CLASSES: readonly CueClass[] = ['trigger', 'quote-verb', 'negation', 'denial', 'hypothetical', 'continuation', 'tenure', 'blocker'];

export interface Cue {
  cue: string;
  cls: CueClass;
  event: EventType | null;
  /** Triggers: where the person stands relative to the cue. */
  frame: 'subj' | 'obj' | null;
}

export interface CueSet {
  lang: Lang;
  byClass: Map<CueClass, Cue[]>;
  /** All cues, longest first, for scanning. */
  all: Cue[];
}

export function parseCues(file: string, lang: Lang, problems: TsvProblem[]): Cue[] {
  const parsed = readTsv(file, CUE_HEADER, path.relative(process.cwd(), file) || file);
  problems.push(...parsed.problems);
  const seen = new Set<string>();
  const out: Cue[] = [];
  for (const row of parsed.rows) {
    const { cue, class: cls, event, frame } = row.cells;
    const bad = (message: string) => problems.push({ file: row.file, line: row.line, message });
    if (!cue) { bad('empty cue'); continue; }
    if (!CLASSES.includes(cls as CueClass)) { bad(`class must be one of ${CLASSES.join(', ')}; found ${JSON.stringify(cls)}`); continue; }
    if (cls === 'trigger' && !['departure', 'promotion', 'appointment'].includes(event))
      bad(`a trigger needs event departure, promotion or appointment; found ${JSON.stringify(event)}`);
    if (cls === 'trigger' && frame !== 'subj' && frame !== 'obj') bad(`a trigger needs frame subj or obj; found ${JSON.stringify(frame)}`);
    const key = `${lang === 'zh' ? zhKey(cue) : cue.toLowerCase()}|${cls}|${frame}`;
    if (seen.has(key)) bad(`cue ${JSON.stringify(cue)} is listed twice for ${cls}`);
    seen.add(key);
    out.push({
      cue: lang === 'zh' ? cue : cue.toLowerCase(),
      cls: cls as CueClass,
      event: cls === 'trigger' ? (event as EventType) : cls === 'quote-verb' ? 'quote' : null,
      frame: cls === 'trigger' ? (frame as 'subj' | 'obj') : null,
    });
  }
  return out;
}

const cache = new Map<Lang, CueSet>();

export function loadCues(lang: Lang): CueSet {
  const hit = cache.get(lang);
  if (hit) return hit;
  const file = fromRoot('dictionaries', 'cues', `${lang}.tsv`);
  if (!existsSync(file)) throw new NewsannoError(`cue dictionary missing: ${file}`, { code: 'dictionary', hint: 'reinstall newsanno or restore dictionaries/cues' });
  const problems: TsvProblem[] = [];
  const cues = parseCues(file, lang, problems);
  if (problems.length)
    throw new NewsannoError(`the cue dictionary has problems:\n  ${problems.map(formatProblem).join('\n  ')}`, {
      code: 'dictionary',
      hint: 'fix these lines (see dictionaries/cues/README.md)',
    });
  const byClass = new Map<CueClass, Cue[]>(CLASSES.map((c) => [c, []]));
  for (const c of cues) byClass.get(c.cls)!.push(c);
  for (const list of byClass.values()) list.sort((a, b) => b.cue.length - a.cue.length);
  const set: CueSet = { lang, byClass, all: [...cues].sort((a, b) => b.cue.length - a.cue.length) };
  cache.set(lang, set);
  return set;
}

/** Every occurrence of a cue of `cls` in `text` between from and to, longest first and not overlapping. */
export function findCues(text: string, set: CueSet, cls: CueClass, from = 0, to = text.length): { cue: Cue; start: number; end: number }[] {
  const out: { cue: Cue; start: number; end: number }[] = [];
  const taken: boolean[] = [];
  // Search only [from, to): callers ask sentence by sentence, and a whole-text search per sentence
  // made long articles quadratic.
  const window = to < text.length ? text.slice(0, to) : text;
  for (const cue of set.byClass.get(cls) ?? []) {
    let i = window.indexOf(cue.cue, from);
    while (i >= 0 && i + cue.cue.length <= to) {
      // English cues match whole words only (quit is not in quite).
      let free = set.lang === 'zh' || (!/[a-z0-9]/i.test(text[i - 1] ?? '') && !/[a-z0-9]/i.test(text[i + cue.cue.length] ?? ''));
      for (let k = i; k < i + cue.cue.length; k++) if (taken[k]) free = false;
      if (free) {
        for (let k = i; k < i + cue.cue.length; k++) taken[k] = true;
        out.push({ cue, start: i, end: i + cue.cue.length });
      }
      i = window.indexOf(cue.cue, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
