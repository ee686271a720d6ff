import { describe, expect, it } from 'vitest';
import { normalisePublished } from '../../../src/stages/read/published.js';

describe('normalisePublished', () => {
  it.each([
    ['2024-09-26', '2024-09-26'],
    ['2024-09-26T10:00:00+08:00', '2024-09-26'],
    // The date as written, not shifted to UTC (that would be 2024-09-27).
    ['2024-09-26T23:30:00-05:00', '2024-09-26'],
    ['2024-09-26T01:00:00Z', '2024-09-26'],
    ['2024-09-26 10:00:00', '2024-09-26'],
    ['2024/9/26', '2024-09-26'],
    ['2024/09/26 08:00', '2024-09-26'],
    ['2024.09.26', '2024-09-26'],
    ['20240926', '2024-09-26'],
    ['2024-09', '2024-09'],
    ['2024', '2024'],
    ['2024年9月26日', '2024-09-26'],
    ['2024年09月26日 10:00', '2024-09-26'],
    ['２０２４年９月２６日', '2024-09-26'],
    ['发布时间：2024年9月26日 10:00', '2024-09-26'],
    ['2024年9月', '2024-09'],
    ['2024年', '2024'],
    ['Sep 26, 2024', '2024-09-26'],
    ['Sept. 26, 2024', '2024-09-26'],
    ['September 26 2024', '2024-09-26'],
    ['September 26th, 2024', '2024-09-26'],
    ['26 September 2024', '2024-09-26'],
    ['Thu, 26 Sep 2024 10:00:00 GMT', '2024-09-26'],
    ['September 2024', '2024-09'],
    ['26/09/2024', '2024-09-26'],
    ['09/26/2024', '2024-09-26'],
    ['1727316000', '2024-09-26'],
    ['1727316000000', '2024-09-26'],
    [1727316000, '2024-09-26'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePublished(input)).toBe(expected);
  });

  it.each([
    ['', null],
    ['   ', null],
    [null, null],
    ['yesterday', null],
    ['13天前', null],
    ['2024-13-01', null],
    ['2023-02-29', null],
    ['2024年2月30日', null],
    ['03/04/2024', null], // March 4 or April 3: not guessed
    ['Marcus 2024', null], // "Mar" inside a name is not March
    ['0000-00-00', null],
  ])('%s → %s (unreadable)', (input, expected) => {
    expect(normalisePublished(input)).toBe(expected);
  });

  it('accepts 29 February in a leap year', () => {
    expect(normalisePublished('2024-02-29')).toBe('2024-02-29');
  });
});
