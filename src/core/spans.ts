import type { TextSpan } from './types.js';

/** Thrown when an extracted item's offsets do not cover its text: always a bug in a stage. */
export class SpanError extends Error {
  override name = 'SpanError';
}

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The invariant every stage boundary checks: `text.slice(start, end) === item.text`. */
export function assertSpan(text: string, item: TextSpan, what: string): void {
  if (
    !Number.isInteger(item.start) ||
    !Number.isInteger(item.end) ||
    item.start < 0 ||
    item.end > text.length ||
    item.start > item.end ||
    text.slice(item.start, item.end) !== item.text
  ) {
    throw new SpanError(
      `${what} [${item.start}, ${item.end}) does not cover ${JSON.stringify(item.text)} (found ${JSON.stringify(text.slice(item.start, item.end))})`,
    );
  }
}

/** The smallest span covering both. */
export function cover(text: string, a: { start: number; end: number }, b: { start: number; end: number }): TextSpan {
  return span(text, Math.min(a.start, b.start), Math.max(a.end, b.end));
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
