import { describe, expect, it } from 'vitest';
import { assertSpan, span, SpanError } from '../../src/core/spans.js';

describe('spans', () => {
  it('accepts a span that covers its text and rejects one that does not', () => {
    const text = '穆拉提决定离职';
    expect(() => assertSpan(text, span(text, 0, 3), 'mention')).not.toThrow();
    expect(() => assertSpan(text, { start: 0, end: 2, text: '穆拉提' }, 'mention')).toThrow(SpanError);
    expect(() => assertSpan(text, { start: 5, end: 99, text: '离职' }, 'mention')).toThrow(SpanError);
  });
});
