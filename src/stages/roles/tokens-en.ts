// Word tokens of English text with their offsets; what lies between two tokens decides whether they can
// belong to one title ("vice-president" yes, "research. Director" no).

export interface EnToken {
  start: number;
  end: number;
  raw: string;
  lower: string;
}

export function tokenizeEn(text: string): EnToken[] {
  const out: EnToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, raw: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

export class EnTokens {
  constructor(
    readonly text: string,
    readonly list: EnToken[],
  ) {}
  get length(): number {
    return this.list.length;
  }
  at(i: number): EnToken | undefined {
    return this.list[i];
  }
  /** The text between token i and token i + 1. */
  sepAfter(i: number): string {
    const a = this.list[i];
    const b = this.list[i + 1];
    return a && b ? this.text.slice(a.end, b.start) : '';
  }
  /** Words of one title are separated by a space or a hyphen, nothing else. */
  joined(i: number): boolean {
    return i + 1 < this.list.length && /^(?:[ \u00a0]{1,2}|[-\u2010\u2011])$/.test(this.sepAfter(i));
  }
  capitalised(i: number): boolean {
    return /^\p{Lu}/u.test(this.list[i]?.raw ?? '');
  }
}
