import { describe, expect, it } from 'vitest';
import {
  agoFrom,
  daysFrom,
  monthForDay,
  monthsFrom,
  parseAnchor,
  weekdayAfter,
  weekdayBefore,
  weekdayInWeek,
  weekSpan,
  yearForMonth,
} from '../../../src/stages/dates/anchor.js';
import { formatYmd, isValidYmd } from '../../../src/stages/dates/calendar.js';

const a = parseAnchor('2024-09-26')!; // a Thursday

describe('parseAnchor', () => {
  it.each([
    ['2024-09-26', { y: 2024, m: 9, d: 26 }],
    ['2024-09', { y: 2024, m: 9 }],
    ['2024', { y: 2024 }],
    ['2024-09-26T23:59:00+08:00', { y: 2024, m: 9, d: 26 }],
    ['2024-02-29', { y: 2024, m: 2, d: 29 }],
  ])('%s', (input, expected) => expect(parseAnchor(input)).toEqual(expected));

  it.each([null, undefined, '', 'soon', '2023-02-29', '2024-13-01', '2024-00', '24-09-26', '20240926'])(
    'rejects %s',
    (input) => expect(parseAnchor(input as string | null)).toBeNull(),
  );
});

describe('calendar', () => {
  it('validates and formats partial dates', () => {
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(2024, 4, 31)).toBe(false);
    expect(isValidYmd(2024, undefined, 3)).toBe(false);
    expect(formatYmd({ y: 2024, m: 3, d: 5 })).toBe('2024-03-05');
    expect(formatYmd({ y: 2024, m: 3 })).toBe('2024-03');
    expect(formatYmd({ y: 2024 })).toBe('2024');
  });
});

describe('relative arithmetic', () => {
  const f = (p: ReturnType<typeof daysFrom>): string | null => (p ? formatYmd(p) : null);

  it('moves by days, months and years across boundaries', () => {
    expect(f(daysFrom(parseAnchor('2024-03-01')!, -1))).toBe('2024-02-29');
    expect(f(daysFrom(parseAnchor('2025-01-01')!, -1))).toBe('2024-12-31');
    expect(f(monthsFrom(parseAnchor('2024-01-15')!, -1))).toBe('2023-12');
    expect(f(monthsFrom(a, -21))).toBe('2022-12');
  });

  it('never answers more precisely than the anchor allows', () => {
    expect(daysFrom(parseAnchor('2024-09')!, -1)).toBeNull();
    expect(f(daysFrom(parseAnchor('2024-09')!, 0))).toBe('2024-09');
    expect(monthsFrom(parseAnchor('2024')!, -1)).toBeNull();
    expect(yearForMonth(parseAnchor('2024')!, 9)).toBeNull();
  });

  it('puts a month after the anchor month in the year before', () => {
    expect(yearForMonth(a, 9)).toBe(2024);
    expect(yearForMonth(a, 10)).toBe(2023);
    expect(yearForMonth(a, 1)).toBe(2024);
  });

  it('puts a day after the anchor day in the month before, and refuses impossible ones', () => {
    expect(f(monthForDay(a, 26))).toBe('2024-09-26');
    expect(f(monthForDay(a, 27))).toBe('2024-08-27');
    expect(monthForDay(parseAnchor('2024-03-15')!, 30)).toBeNull();
  });

  it('finds weekdays (0 = Sunday) before, after and inside weeks that start on Monday', () => {
    expect(f(weekdayBefore(a, 4, false))).toBe('2024-09-26');
    expect(f(weekdayBefore(a, 4, true))).toBe('2024-09-19');
    expect(f(weekdayBefore(a, 0, false))).toBe('2024-09-22');
    expect(f(weekdayAfter(a, 4))).toBe('2024-10-03');
    expect(f(weekdayInWeek(a, -1, 3))).toBe('2024-09-18');
    expect(f(weekdayInWeek(a, 0, 0))).toBe('2024-09-29'); // Sunday ends the week
    expect(f(weekdayInWeek(parseAnchor('2024-09-29')!, 0, 1))).toBe('2024-09-23');
  });

  it('gives a week only what all its days share', () => {
    expect(f(weekSpan(a, -1, 'week'))).toBe('2024-09');
    expect(f(weekSpan(parseAnchor('2024-10-02')!, 0, 'week'))).toBe('2024');
    expect(weekSpan(parseAnchor('2025-01-01')!, 0, 'week')).toBeNull(); // Dec 30 to Jan 5
  });

  it('reads "ago" at the precision of the unit', () => {
    expect(f(agoFrom(a, 13, 'day'))).toBe('2024-09-13');
    expect(f(agoFrom(a, 2, 'week'))).toBe('2024-09');
    expect(f(agoFrom(a, 2, 'month'))).toBe('2024-07');
    expect(f(agoFrom(a, 1.5, 'year'))).toBe('2023-03');
    expect(f(agoFrom(a, 3, 'year'))).toBe('2021');
    expect(f(agoFrom(a, 30, 'hour'))).toBe('2024-09-25');
    expect(agoFrom(a, 1.5, 'day')).toBeNull();
  });
});
