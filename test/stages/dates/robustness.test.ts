import { describe, expect, it } from 'vitest';
import { findTimesEn, findTimesZh } from '../../../src/stages/dates/index.js';
import { expectWellFormed } from './helpers.js';

const odd = [
  '',
  ' ',
  '7',
  '2024',
  '年',
  '月日',
  '年月日',
  '😀',
  '😀2024年9月😀',
  '\uD800',
  '\u0000',
  '2月30日',
  '13月',
  '0000年',
  '9999年9月99日',
  '99999999999999999999天前',
  '一二三四五六七八九十百千万年',
  'Feb. 30',
  'September 31, 2024',
  '13/45/2024',
  '-',
  '---2024---',
  '9'.repeat(500),
  '今年'.repeat(300),
  'last year '.repeat(300),
];

describe('odd input never throws and always gives well-formed results', () => {
  for (const published of ['2024-09-26', '2024-09', '2024', null, 'garbage']) {
    it.each(odd)(`%j (published ${published})`, (text) => {
      for (const find of [findTimesZh, findTimesEn]) {
        const found = find(text, published);
        expectWellFormed(text, found);
      }
    });
  }
});

describe('random mixtures of date-like characters', () => {
  // A fixed seed: the same strings every run, so a failure can be reproduced.
  let seed = 20240926;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const alphabet = [
    ...'0123456789年月日号周天前后至到-/.,个半多余零一二两三十百今去明本上下近当次第每自以来起',
    'ago', 'last', 'year', 'month', 'week', ' ', 'Sept.', 'May', 'since', 'in', 'later', 'Wednesday', '$', '😀',
  ];
  const strings = Array.from({ length: 400 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 25) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );

  it('holds the span invariants on 400 strings in both languages', () => {
    for (const text of strings) {
      expectWellFormed(text, findTimesZh(text, '2024-09-26'));
      expectWellFormed(text, findTimesEn(text, '2024-09-26'));
    }
    expect(strings.length).toBe(400);
  });
});
