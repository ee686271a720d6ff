// The benchmark corpus: the gold fixtures (fixtures/gold/zh, fixtures/gold/en) replicated to a target
// size. Each copy gets a small perturbation (a reference line at the end) so every article id differs
// and nothing can be served from a per-article cache; copies are interleaved seed by seed so any
// window of the corpus mixes all the fixture articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleId } from '../../src/core/ids.js';
import { fromRoot } from '../../src/core/paths.js';
import type { Article, Lang } from '../../src/core/types.js';

export interface Seed {
  name: string;
  text: string;
  published: string | null;
}

export function loadSeeds(lang: Lang): Seed[] {
  const dir = fromRoot('fixtures', 'gold', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      let published: string | null = null;
      try {
        const gold = JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as { published?: string | null };
        published = gold.published ?? null;
      } catch {
        // no gold file: no publication date
      }
      return { name, text: readFileSync(path.join(dir, f), 'utf8').trim(), published };
    });
}

/** Copy `k` of a seed: the seed itself for k = 0, else the seed with a reference line appended. */
export function perturb(lang: Lang, text: string, k: number): string {
  if (k === 0) return text;
  return lang === 'zh' ? `${text}\n\n（稿件编号：NA-${k}）` : `${text}\n\n(Reference NA-${k}.)`;
}

export interface Corpus {
  lang: Lang;
  seeds: number;
  articles: Article[];
  chars: number;
  bytes: number;
}

/** Replicates the seeds until the UTF-8 size reaches `targetBytes`. */
export function buildCorpus(lang: Lang, targetBytes: number): Corpus {
  const seeds = loadSeeds(lang);
  if (!seeds.length) throw new Error(`no fixtures in fixtures/gold/${lang}`);
  const articles: Article[] = [];
  let bytes = 0;
  let chars = 0;
  for (let k = 0; bytes < targetBytes; k++) {
    for (const s of seeds) {
      const text = perturb(lang, s.text, k);
      articles.push({ id: articleId(text), source: `bench/${s.name}#${k}`, lang, title: null, url: null, publishedAt: s.published, text });
      bytes += Buffer.byteLength(text, 'utf8');
      chars += text.length;
      if (bytes >= targetBytes) break;
    }
  }
  return { lang, seeds: seeds.length, articles, chars, bytes };
}

/**
 * Round `round`'s window of the corpus: consecutive articles, starting where the previous round's
 * window ended (wrapping), until `targetChars` characters are covered. With targetChars >= the
 * corpus size, the whole corpus.
 */
export function window(corpus: Corpus, round: number, targetChars: number): Article[] {
  if (targetChars >= corpus.chars) return corpus.articles;
  const list = corpus.articles;
  const avg = corpus.chars / list.length;
  const per = Math.max(1, Math.ceil(targetChars / avg));
  const out: Article[] = [];
  let chars = 0;
  for (let i = (round * per) % list.length; chars < targetChars && out.length < list.length; i = (i + 1) % list.length) {
    out.push(list[i]);
    chars += list[i].text.length;
  }
  return out;
}

export const charsOf = (list: readonly Article[]): number => list.reduce((n, a) => n + a.text.length, 0);
