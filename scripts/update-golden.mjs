#!/usr/bin/env node
// Regenerates the golden exports, fixtures/golden/<lang>/<name>.export.json: each gold article
// (fixtures/gold/zh, fixtures/gold/en) and each dev article (../shared/eval/dev, ../shared/eval/dev-en)
// annotated with its gold published date, as a one-article export document. test/golden checks that
// the current code still produces exactly these files.
//
//   npx tsc -p . && node scripts/update-golden.mjs           write the files, print what changed
//   node scripts/update-golden.mjs --check                   only compare; exit 1 when a file differs
//
// A changed golden file is a reviewed diff: read what this prints (and `git diff fixtures/golden`)
// before committing it. Uses the compiled code in dist/.
//
// The functions exported here (the list of cases, the file format and the readable diff) are shared
// with test/golden/golden.test.ts, so the test and this script can never disagree about them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GOLDEN_DIR = 'fixtures/golden';

/** Folders of `NAME.txt` + `NAME.gold.json` pairs, relative to the project root. */
export const GOLD_DIRS = ['fixtures/gold/zh', 'fixtures/gold/en', '../shared/eval/dev', '../shared/eval/dev-en'];

/**
 * @typedef {object} GoldenCase
 * @property {string} name     the gold id, e.g. `intel-ceo-retires.zh`
 * @property {string} lang     `zh` or `en`, from the gold file
 * @property {string} source   the article's source as exported: the .txt path relative to the root
 * @property {string} textFile absolute path of the article text
 * @property {string | null} published the gold published date
 * @property {string} golden   the golden file, relative to the root
 */

const posix = (p) => p.split(path.sep).join('/');

/** Every golden case, in a fixed order (folder order above, then name). Missing folders are skipped. */
export function goldenCases(root = ROOT) {
  const cases = [];
  for (const dir of GOLD_DIRS) {
    const abs = path.resolve(root, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(path.join(abs, file), 'utf8'));
      const name = file.slice(0, -'.gold.json'.length);
      const textFile = path.join(abs, `${name}.txt`);
      if (!existsSync(textFile)) continue;
      cases.push({
        name,
        lang: gold.lang,
        source: posix(path.relative(root, textFile)),
        textFile,
        published: gold.published ?? null,
        golden: `${GOLDEN_DIR}/${gold.lang}/${name}.export.json`,
      });
    }
  }
  return cases;
}

/** The input record for a case, as `newsanno ingest` reads `{ "text", "published" }`. */
export function rawArticle(c) {
  return { source: c.source, text: readFileSync(c.textFile, 'utf8'), published: c.published };
}

/** A golden file's contents: a one-article export document, pretty-printed, ending in a newline. */
export function serialize(article) {
  return JSON.stringify({ schemaVersion: 1, articles: [article] }, null, 2) + '\n';
}

// ---- the readable diff -------------------------------------------------------------------------

const show = (v) => (typeof v === 'string' ? JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v) : JSON.stringify(v));

function describeEvent(e) {
  const what =
    e.type === 'quote'
      ? `“${(e.quote?.text ?? '').slice(0, 40)}”`
      : [e.org?.name, e.role ? (e.role.en ?? e.role.text) : null, e.date].filter(Boolean).join(', ');
  return `${e.type} ${e.person.name}${what ? ` — ${what}` : ''} «${e.evidence.text.slice(0, 50)}»`;
}

function describeEntity(e) {
  return `${e.type} ${JSON.stringify(e.name)}${e.resolved ? '' : ' (unresolved)'} [${e.mentions.map((m) => m.text).join(', ')}]`;
}

/** Fields of two records that differ, as `field: old → new` (arrays and objects compared as JSON). */
function fieldChanges(a, b, fields) {
  const out = [];
  for (const f of fields) {
    const [x, y] = [JSON.stringify(a[f]), JSON.stringify(b[f])];
    if (x !== y) out.push(`${f}: ${show(a[f])} → ${show(b[f])}`);
  }
  return out;
}

function mentionChanges(a, b) {
  const key = (m) => `${m.text}@${m.start}`;
  const [ka, kb] = [new Set(a.mentions.map(key)), new Set(b.mentions.map(key))];
  const out = [];
  const added = [...kb].filter((k) => !ka.has(k));
  const removed = [...ka].filter((k) => !kb.has(k));
  if (added.length) out.push(`mentions +[${added.join(', ')}]`);
  if (removed.length) out.push(`mentions -[${removed.join(', ')}]`);
  return out;
}

/**
 * What changed from the expected (golden) article to the actual one, one line per entity or event
 * added (+), removed (-) or changed (~). Empty when both are equal.
 */
export function describeDiff(expected, actual, maxLines = 40) {
  const lines = [];
  if (!expected) return ['the golden file is missing'];
  for (const f of ['id', 'source', 'lang', 'title', 'url', 'publishedAt', 'text'])
    if (JSON.stringify(expected[f]) !== JSON.stringify(actual[f]))
      lines.push(`~ article ${f}: ${show(expected[f])} → ${show(actual[f])}`);

  // Entities by id.
  const oldEnt = new Map(expected.entities.map((e) => [e.id, e]));
  const newEnt = new Map(actual.entities.map((e) => [e.id, e]));
  for (const [id, e] of newEnt) if (!oldEnt.has(id)) lines.push(`+ entity ${describeEntity(e)} (${id})`);
  for (const [id, e] of oldEnt) if (!newEnt.has(id)) lines.push(`- entity ${describeEntity(e)} (${id})`);
  for (const [id, e] of newEnt) {
    const old = oldEnt.get(id);
    if (!old) continue;
    const changes = [...fieldChanges(old, e, ['type', 'name', 'names', 'resolved']), ...mentionChanges(old, e)];
    if (changes.length) lines.push(`~ entity ${JSON.stringify(e.name)} (${id}): ${changes.join('; ')}`);
  }

  // Events by id; an added and a removed event of the same type on the same evidence are one change
  // (the id is a hash of the event's fields, so any change of role, org or date gives a new id).
  const oldEv = new Map(expected.events.map((e) => [e.id, e]));
  const newEv = new Map(actual.events.map((e) => [e.id, e]));
  const removed = expected.events.filter((e) => !newEv.has(e.id));
  const added = actual.events.filter((e) => !oldEv.has(e.id));
  const fields = ['type', 'status', 'person', 'org', 'role', 'date', 'quote', 'evidence', 'confidence'];
  for (const e of added) {
    const i = removed.findIndex((r) => r.type === e.type && r.evidence.start === e.evidence.start && r.person.id === e.person.id);
    const j = i >= 0 ? i : removed.findIndex((r) => r.type === e.type && r.evidence.start === e.evidence.start);
    if (j >= 0) {
      const [old] = removed.splice(j, 1);
      lines.push(`~ event ${describeEvent(old)}: ${fieldChanges(old, e, fields).join('; ')}`);
    } else lines.push(`+ event ${describeEvent(e)}`);
  }
  for (const e of removed) lines.push(`- event ${describeEvent(e)}`);
  for (const [id, e] of newEv) {
    const old = oldEv.get(id);
    if (!old) continue;
    const changes = fieldChanges(old, e, fields);
    if (changes.length) lines.push(`~ event ${describeEvent(old)}: ${changes.join('; ')}`);
  }

  if (!lines.length && JSON.stringify(expected) !== JSON.stringify(actual)) lines.push('~ the same records in a different order');
  return lines.length > maxLines ? [...lines.slice(0, maxLines), `… and ${lines.length - maxLines} more`] : lines;
}

// ---- the script --------------------------------------------------------------------------------

async function main(argv) {
  const check = argv.includes('--check');
  const dist = (p) => path.join(ROOT, 'dist', 'src', p);
  if (!existsSync(dist('pipeline.js'))) {
    console.error(`${dist('pipeline.js')} is missing: compile first with  npx tsc -p .  then run this again`);
    return 2;
  }
  const { annotate, createContext } = await import(pathToFileURL(dist('pipeline.js')).href);
  const { toExportArticle, exportArticle } = await import(pathToFileURL(dist('export/index.js')).href);
  const { toArticle } = await import(pathToFileURL(dist('stages/read/index.js')).href);

  const ctx = createContext();
  const cases = goldenCases();
  let changed = 0;
  for (const c of cases) {
    const article = toExportArticle(annotate(toArticle(rawArticle(c)).article, ctx));
    const parsed = exportArticle.safeParse(article);
    if (!parsed.success) {
      console.error(`${c.name}: the export breaks the schema: ${parsed.error.issues[0].message}`);
      return 1;
    }
    const file = path.join(ROOT, c.golden);
    const text = serialize(article);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (before === text) continue;
    changed++;
    const diff = before === null ? ['new golden file'] : describeDiff(JSON.parse(before).articles[0], article);
    console.log(`${check ? 'differs' : before === null ? 'created' : 'updated'}: ${c.golden}`);
    for (const line of diff) console.log(`  ${line}`);
    if (!check) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  // Golden files whose article is gone.
  const wanted = new Set(cases.map((c) => c.golden));
  const top = path.join(ROOT, GOLDEN_DIR);
  for (const entry of existsSync(top) ? readdirSync(top, { withFileTypes: true }) : []) {
    if (!entry.isDirectory()) continue;
    const lang = entry.name;
    const dir = path.join(top, lang);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.export.json'))) {
      const rel = `${GOLDEN_DIR}/${lang}/${f}`;
      if (wanted.has(rel)) continue;
      changed++;
      console.log(`${check ? 'stale' : 'removed'}: ${rel} (no gold article for it)`);
      if (!check) rmSync(path.join(dir, f));
    }
  }
  console.log(`${cases.length} golden article(s), ${changed} ${check ? 'differ' : 'changed'}`);
  return check && changed ? 1 : 0;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  process.exitCode = await main(process.argv.slice(2));
}
