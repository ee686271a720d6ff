/**
 * An error the user can act on: what went wrong, where, and what to do about it.
 * Thrown at the edges (files, dictionaries, databases); the runner turns it into one diagnostic line.
 */
export class NewsannoError extends Error {
  constructor(
    message: string,
    readonly options: { code: string; file?: string; line?: number; hint?: string; cause?: unknown } = { code: 'error' },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsannoError';
  }
  get code(): string {
    return this.options.code;
  }
  get hint(): string | undefined {
    return this.options.hint;
  }
  /** One line: `file:line: message (hint)`. */
  format(): string {
    const where = this.options.file ? `${this.options.file}${this.options.line ? `:${this.options.line}` : ''}: ` : '';
    return `${where}${this.message}${this.options.hint ? ` — ${this.options.hint}` : ''}`;
  }
}

/** A diagnostic: one failed input or one problem, as data. */
export interface Diagnostic {
  source: string;
  line?: number;
  code: string;
  message: string;
  hint?: string;
}

export function toDiagnostic(source: string, err: unknown): Diagnostic {
  if (err instanceof NewsannoError) {
    return {
      source: err.options.file ?? source,
      ...(err.options.line ? { line: err.options.line } : {}),
      code: err.code,
      message: err.message,
      ...(err.hint ? { hint: err.hint } : {}),
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { source, code: 'internal', message, hint: 'this is a bug in newsanno; please report it with the input file' };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.source}${d.line ? `:${d.line}` : ''}: ${d.message}${d.hint ? ` — ${d.hint}` : ''}`;
}
