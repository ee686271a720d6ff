import type { Article } from '../../core/types.js';
import { workingCopy } from './fold.js';

export { foldWidth, foldNameSeparators, toSimplified, workingCopy } from './fold.js';

/**
 * An article with its working copy: the text every later stage reads. The folds are length-preserving,
 * so an index into `work` is the same index into `article.text`; the pipeline asserts this.
 */
export interface NormalisedArticle {
  article: Article;
  work: string;
}

export function normalise(article: Article): NormalisedArticle {
  const work = workingCopy(article.text);
  if (work.length !== article.text.length) throw new Error('normalise: working copy changed length (bug)');
  return { article, work };
}
