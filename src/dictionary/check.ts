// Dictionary verification beyond the line format: is each Chinese form of a person (and of an
// organisation written by sound) a plausible rendering of its English name, and which alias keys are
// claimed by several entities. A wrong Chinese form links the wrong person in every article, so an
// implausible pair fails the build unless a person has reviewed it (reviewed/pairs.tsv).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { NewsannoError } from '../core/errors.js';
import { loadNameModel, type NameModel } from '../names/index.js';
import type { AliasKind, CompiledDictionary } from './compile.js';
import { ENTITY_HEADER, entitiesFromTsv, type DictEntity } from './entities.js';
import { zhKey } from './fold.js';
import { entityFiles, SHIPPED_ENTITIES } from './load.js';
import { readTsv, type TsvProblem } from './tsv.js';

/**
 * The allowlist of pairs a person checked, inside a dictionary folder. It sits in a subfolder because
 * every *.tsv directly in the folder is read as an entity file (entityFiles in load.ts).
 */
export const REVIEWED_PAIRS_FILE = path.join('reviewed', 'pairs.tsv');
export const REVIEWED_HEADER = ['id', 'zh', 'reason'] as const;

export interface ReviewedPair {
  id: string;
  /** The Chinese form as written in the allowlist; matched by its folded key (script, separators). */
  zh: string;
  reason: string;
  file: string;
  line: number;
}

export interface PairReport {
  entityId: string;
  type: 'person' | 'org';
  /** The English name the form was compared with (the canonical name). */
  name: string;
  /** The Chinese form as the dictionary writes it. */
  zh: string;
  score: number;
  detail: string;
  /** Where the entity is defined, when the sources were given. */
  file: string | null;
  line: number | null;
}

export interface AmbiguityReport {
  lang: 'zh' | 'en';
  /** The folded alias key. */
  key: string;
  entities: { id: string; name: string; kind: AliasKind; note: string | null }[];
}

export interface CheckOptions {
  /** The parsed entity rows: the Chinese forms as written (with ·) and file:line. Without them the compiled keys are checked. */
  sources?: readonly DictEntity[];
  reviewed?: readonly ReviewedPair[];
  model?: NameModel;
}

export interface CheckResult {
  /** Implausible pairs that no reviewed entry covers. */
  implausible: PairReport[];
  ambiguous: AmbiguityReport[];
  /** Implausible pairs accepted by a reviewed entry. */
  reviewed: number;
  /** Reviewed entries that match no entity form (the form was fixed or removed): drop them. */
  staleReviews: ReviewedPair[];
}

const SEPARATORS = /[·・•‧]/g;
const reviewKey = (id: string, zh: string) => `${id}\t${zhKey(zh)}`;

/** The Chinese full forms of an entity as written, or (compiled only) its display form and keys. */
function formsOf(id: string, dict: CompiledDictionary, sources: Map<string, DictEntity> | null): string[] {
  const src = sources?.get(id);
  if (src) return src.zh;
  const e = dict.entities.get(id)!;
  const out = e.zh ? [e.zh] : [];
  for (const k of e.zhKeys) if (!out.some((f) => zhKey(f) === k)) out.push(k);
  return out;
}

type Verdict = { score: number; plausible: boolean; detail: string };

/** Head nouns a Chinese organisation name adds to the part written by sound (迪士尼公司, 卡内基梅隆大学). */
const ORG_HEADS = /(?:公司|集团|控股|科技|技术|大学|学院|银行|汽车|电子|国际|股份|有限|实业|资本|投资|咨询|制药|能源|半导体|咖啡|机械)$/u;

/** An implausible verdict decides over a plausible one; among equals, the lower score. */
const worse = (a: Verdict, b: Verdict): Verdict => (a.plausible !== b.plausible ? (a.plausible ? b : a) : b.score < a.score ? b : a);

const HYPHEN = /[-‐‑–—－]/u;
const HYPHENS = /[-‐‑–—－]/gu;

/**
 * Scores one form against an English name as written and run together (the pipeline matches both);
 * the worse of the two decides. Written, a hyphen may join the parts of one English token
 * (艾哈迈迪-内贾德 ↔ Ahmadinejad), so the form also counts as written with its hyphens dropped.
 */
function scoreVariants(model: NameModel, zh: string, en: string): Verdict {
  let written = model.checkPair(zh, en);
  if (!written.plausible && HYPHEN.test(zh)) {
    const joined = model.checkPair(zh.replace(HYPHENS, ''), en);
    if (joined.plausible) written = joined;
  }
  const runTogether = zh.replace(SEPARATORS, '').replace(HYPHENS, '');
  return runTogether === zh ? written : worse(written, model.checkPair(runTogether, en));
}

/**
 * The English names a form may write. People: the canonical name, then the aliases (a form may write
 * a legal name or the pinyin of a Chinese name). Organisations: any run of words of those names,
 * since the part written by sound is often one word of a longer name (迪士尼 ↔ Walt Disney Company).
 */
function englishCandidates(type: 'person' | 'org', names: string[]): string[] {
  if (type === 'person') return names;
  const out = new Set<string>();
  for (const n of names) {
    const words = n.split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
    for (let len = words.length; len >= 1; len--) for (let i = 0; i + len <= words.length; i++) out.add(words.slice(i, i + len).join(' '));
  }
  return [...out];
}

/** Strips organisation head nouns, keeping at least two characters. */
function orgCore(zh: string): string {
  let core = zhKey(zh);
  for (let next = core.replace(ORG_HEADS, ''); next !== core && next.length >= 2; next = core.replace(ORG_HEADS, '')) core = next;
  return core;
}

/** The best verdict for a form over the candidate English names; the detail names the one used. */
function scoreForm(model: NameModel, type: 'person' | 'org', zh: string, names: string[]): Verdict {
  const form = type === 'org' ? orgCore(zh) : zh;
  let best: Verdict | null = null;
  for (const en of englishCandidates(type, names)) {
    const v = scoreVariants(model, form, en);
    const result = { ...v, detail: en === names[0] && form === zh ? v.detail : `"${form}" against "${en}": ${v.detail}` };
    if (!best || (result.plausible && !best.plausible) || (result.plausible === best.plausible && result.score > best.score)) best = result;
    if (best.plausible) break;
  }
  return best ?? { score: 0, plausible: false, detail: 'no English name to compare with' };
}

export function checkDictionary(dict: CompiledDictionary, options: CheckOptions = {}): CheckResult {
  const model = options.model ?? loadNameModel();
  const sources = options.sources ? new Map(options.sources.map((s) => [s.id, s])) : null;
  const reviewed = new Map((options.reviewed ?? []).map((r) => [reviewKey(r.id, r.zh), r]));
  const used = new Set<string>();
  const implausible: PairReport[] = [];
  let reviewedCount = 0;

  for (const e of dict.entities.values()) {
    const src = sources?.get(e.id);
    const names = [e.name, ...(src?.enAliases ?? [])];
    for (const zh of formsOf(e.id, dict, sources)) {
      // Organisations are mostly translated (微软, 苹果公司): only those written by sound can be checked.
      if (e.type === 'org' && !model.isLikelyTransliteration(zhKey(zh))) continue;
      const key = reviewKey(e.id, zh);
      if (reviewed.has(key)) used.add(key);
      const check = scoreForm(model, e.type, zh, names);
      if (check.plausible) continue;
      if (reviewed.has(key)) {
        reviewedCount++;
        continue;
      }
      implausible.push({ entityId: e.id, type: e.type, name: e.name, zh, score: check.score, detail: check.detail, file: src?.file ?? null, line: src?.line ?? null });
    }
  }

  const staleReviews = [...reviewed].filter(([k]) => !used.has(k)).map(([, r]) => r);
  return { implausible, ambiguous: ambiguities(dict), reviewed: reviewedCount, staleReviews };
}

/** Every folded alias key claimed by more than one entity, with the notes that tell them apart. */
export function ambiguities(dict: CompiledDictionary): AmbiguityReport[] {
  const out: AmbiguityReport[] = [];
  for (const [lang, index] of [['zh', dict.zh], ['en', dict.en]] as const) {
    for (const [key, hits] of index) {
      if (hits.length < 2) continue;
      out.push({
        lang,
        key,
        entities: hits.map((h) => {
          const e = dict.entities.get(h.entityId);
          return { id: h.entityId, name: e?.name ?? h.entityId, kind: h.kind, note: e?.note ?? null };
        }),
      });
    }
  }
  return out.sort((a, b) => (a.lang === b.lang ? a.key.localeCompare(b.key) : a.lang.localeCompare(b.lang)));
}

/** One line per ambiguous alias, for `dict check` to print as warnings: the key, who claims it, their notes. */
export function ambiguityLines(dict: CompiledDictionary): string[] {
  return ambiguities(dict).map((a) => `alias "${a.key}" (${a.lang}) is claimed by ${a.entities.map((e) => `${e.id} (${e.note ?? 'no note'})`).join('; ')}`);
}

/** Reads a reviewed-pairs file; a malformed line is an error (an allowlist that silently drops lines hides pairs). */
export function readReviewedPairs(file: string, displayName = file): ReviewedPair[] {
  const parsed = readTsv(file, REVIEWED_HEADER, displayName);
  const problems: TsvProblem[] = [...parsed.problems];
  const out: ReviewedPair[] = [];
  for (const row of parsed.rows) {
    const { id, zh, reason } = row.cells;
    if (!id || !zh) problems.push({ file: row.file, line: row.line, message: 'id and zh are required' });
    else if (reason.length < 10) problems.push({ file: row.file, line: row.line, message: `reason ${JSON.stringify(reason)} is too short: say why this form is right` });
    else out.push({ id, zh, reason, file: row.file, line: row.line });
  }
  if (problems.length)
    throw new NewsannoError(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'), {
      code: 'dictionary',
      file: displayName,
      hint: `each line is id <TAB> Chinese form <TAB> why the form is right (header: ${REVIEWED_HEADER.join(' <TAB> ')})`,
    });
  return out;
}

/** The entity rows and reviewed pairs of the given dictionary paths (the allowlist of each folder). */
export function readCheckSources(paths: readonly string[] = [SHIPPED_ENTITIES()]): { sources: DictEntity[]; reviewed: ReviewedPair[] } {
  const problems: TsvProblem[] = [];
  const sources = entityFiles(paths).flatMap((f) => entitiesFromTsv(readTsv(f, ENTITY_HEADER, displayPath(f)), problems));
  const reviewed: ReviewedPair[] = [];
  for (const p of paths) {
    const file = path.join(p, REVIEWED_PAIRS_FILE);
    if (statSync(p).isDirectory() && existsSync(file)) reviewed.push(...readReviewedPairs(file, displayPath(file)));
  }
  return { sources, reviewed };
}

/**
 * One line per implausible, unreviewed pair and per stale review, `file:line: …`, for the build to
 * report as errors. `paths` are the dictionary paths `dict` was compiled from.
 */
export function plausibilityProblems(dict: CompiledDictionary, paths: readonly string[] = [SHIPPED_ENTITIES()]): string[] {
  const { sources, reviewed } = readCheckSources(paths);
  const result = checkDictionary(dict, { sources, reviewed });
  const lines = result.implausible.map(
    (p) =>
      `${p.file ? `${p.file}:${p.line}` : p.entityId}: ${p.type} ${p.entityId}: Chinese form "${p.zh}" does not read as "${p.name}" (${p.detail}); ` +
      `fix or remove the form, or if it is right add "${p.entityId}\t${p.zh}\t<why>" to ${REVIEWED_PAIRS_FILE}`,
  );
  for (const r of result.staleReviews)
    lines.push(`${r.file}:${r.line}: reviewed pair ${r.id} "${r.zh}" matches no Chinese form of that entity any more; remove the line`);
  return lines;
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
