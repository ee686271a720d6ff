import { toDiagnostic, type Diagnostic } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { toArticle } from './article.js';
import { readInputs, type StdinSource } from './files.js';

export interface LoadResult {
  articles: Article[];
  /** Inputs or records that could not be read: each one failed article or file. */
  diagnostics: Diagnostic[];
  /** Articles that were read but with a problem (an unreadable published date …). */
  warnings: string[];
}

/**
 * The read stage end to end: paths (files, folders, `-`) to Articles, with every failure as a
 * diagnostic and every non-fatal problem as a warning. Never rejects.
 */
export async function loadArticles(paths: string[], stdin?: StdinSource): Promise<LoadResult> {
  const read = await readInputs(paths, stdin);
  const result: LoadResult = { articles: [], diagnostics: [...read.diagnostics], warnings: [] };
  for (const raw of read.articles) {
    try {
      const built = toArticle(raw);
      result.articles.push(built.article);
      result.warnings.push(...built.warnings);
    } catch (err) {
      result.diagnostics.push(toDiagnostic(raw.source, err));
    }
  }
  return result;
}
