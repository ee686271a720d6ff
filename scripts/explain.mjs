#!/usr/bin/env node
// Developer aid: annotate one article (a .txt, with an optional published date) and print each event
// with the rule that produced it and all its evidence. Run after `npm run build`.
//   node scripts/explain.mjs ARTICLE.txt [YYYY-MM-DD]
import { readFileSync } from 'node:fs';
import { annotate, createContext } from '../dist/src/pipeline.js';
import { toArticle } from '../dist/src/stages/read/index.js';

const [file, published] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const { article } = toArticle({ source: file, text, published: published ?? null });
const a = annotate(article, createContext());
const name = (id) => a.entities.find((e) => e.id === id)?.name ?? id;
for (const e of a.events) {
  console.log(`${e.type.padEnd(11)} ${name(e.personId)} | ${e.orgId ? name(e.orgId) : '-'} | ${e.role ? `${e.role.text}=${e.role.en}` : '-'} | ${e.date?.value ?? '-'} | ${e.confidence} ${e.rule}`);
  console.log(`    «${e.evidence.text}»${e.quote ? ` quote=«${e.quote.text}»` : ''}`);
  for (const m of e.moreEvidence) console.log(`    +«${m.text}»`);
}
if (process.env.ENTITIES) for (const e of a.entities) console.log(`${e.id} ${e.name} ${e.resolved ? '' : '(unresolved)'}: ${[...new Set(e.mentions.map((m) => `${m.text}/${m.resolution.method}`))].join(' ')}`);
