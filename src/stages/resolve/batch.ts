// Names across a batch: an unknown Chinese transliteration in one article (萨沙·伊万诺夫) and an English
// name in another (Sasha Ivanov) are proposed as one person when they sound alike. Proposals only —
// a person accepts them (`newsanno dict accept`) and `reprocess` then links every article.
import type { AliasProposal, AnnotatedArticle } from '../../core/types.js';
import type { NameScorer } from '../mentions/types.js';

interface LatinPerson {
  id: string;
  name: string;
  resolved: boolean;
}

interface UnknownZh {
  articleId: string;
  entityId: string;
  text: string;
  evidence: AliasProposal['evidence'];
}

export class BatchNames {
  private readonly latin = new Map<string, LatinPerson>();
  private readonly unknown: UnknownZh[] = [];

  constructor(private readonly names: NameScorer) {}

  /** Records the people of one annotated article. */
  add(a: AnnotatedArticle): void {
    for (const e of a.entities) {
      if (e.type !== 'person') continue;
      const latin = e.names.en ?? (/^[\p{Script=Latin}\s.'-]+$/u.test(e.name) ? e.name : null);
      if (latin && /\s/.test(latin)) this.latin.set(e.id, { id: e.id, name: latin, resolved: e.resolved });
      // An unresolved person written only in Chinese transliteration.
      if (!e.resolved && !e.names.en && e.names.zh && e.mentions.length) {
        const m = e.mentions.find((x) => /\p{Script=Han}/u.test(x.text)) ?? e.mentions[0];
        this.unknown.push({ articleId: a.article.id, entityId: e.id, text: m.text, evidence: { start: m.start, end: m.end, text: m.text } });
      }
    }
  }

  /** Proposals (by article) for each unknown transliteration that sounds like a Latin name of the batch. */
  proposals(): Map<string, AliasProposal[]> {
    const out = new Map<string, AliasProposal[]>();
    for (const u of this.unknown) {
      let best: { p: LatinPerson; score: number } | null = null;
      for (const p of this.latin.values()) {
        if (p.id === u.entityId) continue;
        const score = this.names.phoneticScore(u.text, p.name);
        if (!best || score > best.score) best = { p, score };
      }
      if (!best || best.score < this.names.proposeThreshold) continue;
      const list = out.get(u.articleId) ?? [];
      list.push({ entityId: best.p.id, entityName: best.p.name, alias: u.text, lang: 'zh', method: 'phonetic', score: best.score, evidence: u.evidence });
      out.set(u.articleId, list);
    }
    return out;
  }
}
