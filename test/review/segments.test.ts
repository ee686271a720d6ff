// The page's highlighting: pieces cut by the API's offsets, never by searching the text.
import { describe, expect, it } from 'vitest';
import { SEGMENTS_JS } from '../../src/review/assets/segments.js';

interface Mark {
  start: number;
  end: number;
  cls?: string;
}
interface Piece {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}
const segments = new Function(`${SEGMENTS_JS}\nreturn segments;`)() as (text: string, marks: unknown[]) => Piece[];

const show = (pieces: Piece[]) => pieces.map((p) => [p.text, p.marks.map((m) => m.cls).join('+')]);

describe('segments (the page script)', () => {
  it('cuts Chinese text at every mark boundary, with overlapping marks on the pieces they cover', () => {
    const text = '据报道，OpenAI首席技术官米拉·穆拉蒂今年9月宣布离职。';
    const ev = { start: 4, end: text.length - 1, cls: 'evidence' };
    const person = { start: 15, end: 21, cls: 'person' };
    const date = { start: 21, end: 25, cls: 'date' };
    expect(text.slice(person.start, person.end)).toBe('米拉·穆拉蒂');
    const pieces = segments(text, [ev, person, date]);
    expect(show(pieces)).toEqual([
      ['据报道，', ''],
      ['OpenAI首席技术官', 'evidence'],
      ['米拉·穆拉蒂', 'evidence+person'],
      ['今年9月', 'evidence+date'],
      ['宣布离职', 'evidence'],
      ['。', ''],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('uses offsets as UTF-16 indices, also around characters outside the BMP', () => {
    const text = '𠮷野家の社長 said "hi"';
    const m = { start: 0, end: 3, cls: 'org' }; // 𠮷 is two code units
    expect(show(segments(text, [m]))[0]).toEqual(['𠮷野', 'org']);
  });

  it('does not search the text: a repeated name is marked only where the offsets say', () => {
    const text = 'Lee said Lee';
    expect(show(segments(text, [{ start: 9, end: 12, cls: 'm' }]))).toEqual([
      ['Lee said ', ''],
      ['Lee', 'm'],
    ]);
  });

  it('clips marks to the text and ignores empty or malformed ones', () => {
    const text = 'abcdef';
    const pieces = segments(text, [{ start: -5, end: 2, cls: 'a' }, { start: 4, end: 99, cls: 'b' }, { start: 3, end: 3 }, { start: 'x', end: 2 }, null, { start: NaN, end: 1 }]);
    expect(show(pieces)).toEqual([
      ['ab', 'a'],
      ['cd', ''],
      ['ef', 'b'],
    ]);
    expect(segments('', [{ start: 0, end: 1 }])).toEqual([]);
    expect(show(segments('abc', []))).toEqual([['abc', '']]);
  });
});
