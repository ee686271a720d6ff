// Tables packed into strings: rows separated by '\n', fields by '\t', numbers by ','. JSON.parse of a
// few long strings costs next to nothing, where a hundred thousand small arrays cost most of a
// load; rows are then decoded on first use.

export const ROW = '\n';
export const FIELD = '\t';

/** Write rows of fields; an array of numbers becomes one comma-separated field. */
export function packRows(rows: Array<Array<string | number | number[]>>): string {
  return rows.map((fields) => fields.map((f) => (Array.isArray(f) ? f.join(',') : String(f))).join(FIELD)).join(ROW);
}

/** Comma-separated integers of s[start, end), parsed without making substrings. */
export function parseInts(s: string, start = 0, end = s.length): number[] {
  const out: number[] = [];
  let value = 0;
  let sign = 1;
  let digits = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 44;
    if (c === 44) {
      if (digits) out.push(sign * value);
      value = 0;
      sign = 1;
      digits = false;
    } else if (c === 45) sign = -1;
    else {
      value = value * 10 + (c - 48);
      digits = true;
    }
  }
  return out;
}

/** The offsets where each row of a packed table starts. */
export function rowStarts(table: string): number[] {
  const out: number[] = table.length > 0 ? [0] : [];
  for (let i = table.indexOf(ROW); i >= 0; i = table.indexOf(ROW, i + 1)) out.push(i + 1);
  return out;
}

/** The fields of the row starting at `start` (to the next row break or the end). */
export function rowFields(table: string, start: number): string[] {
  const end = table.indexOf(ROW, start);
  return table.slice(start, end < 0 ? table.length : end).split(FIELD);
}

/** Code points of a string, in order. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}
