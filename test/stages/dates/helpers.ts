import { expect } from 'vitest';
import type { DatePrecision, TimeExpression } from '../../../src/stages/dates/index.js';

/** [text, value, precision, kind, relative] for one expected expression. */
export type Expected = [string, string | null, DatePrecision | null, TimeExpression['kind'], boolean];

/** Rows: a sentence, the published date, and every expression expected in it, in order. */
export type Row = [sentence: string, published: string | null, expected: Expected[]];

const FORMAT: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** The invariants every result must hold, whatever the input. */
export function expectWellFormed(input: string, found: TimeExpression[]): void {
  let lastEnd = 0;
  for (const x of found) {
    expect(input.slice(x.start, x.end)).toBe(x.text);
    expect(x.end).toBeGreaterThan(x.start);
    expect(x.start).toBeGreaterThanOrEqual(lastEnd); // sorted, no overlaps
    lastEnd = x.end;
    expect(x.value === null).toBe(x.precision === null);
    if (x.value !== null && x.precision !== null) expect(x.value).toMatch(FORMAT[x.precision]);
    if (x.kind !== 'point') expect(x.value).toBeNull();
  }
}

export function checkRow(find: (text: string, published: string | null) => TimeExpression[], row: Row): void {
  const [sentence, published, expected] = row;
  const found = find(sentence, published);
  expectWellFormed(sentence, found);
  expect(found.map((x): Expected => [x.text, x.value, x.precision, x.kind, x.relative])).toEqual(expected);
}

// Shorthands that keep the tables readable.
export const abs = (text: string, value: string, precision: DatePrecision): Expected => [text, value, precision, 'point', false];
export const rel = (text: string, value: string | null, precision: DatePrecision | null): Expected => [
  text,
  value,
  precision,
  'point',
  true,
];
export const unresolved = (text: string, relative = true): Expected => [text, null, null, 'point', relative];
export const duration = (text: string): Expected => [text, null, null, 'duration', false];
export const elsewhere = (text: string): Expected => [text, null, null, 'anchored-elsewhere', false];
