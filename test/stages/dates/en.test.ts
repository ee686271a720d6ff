import { describe, expect, it } from 'vitest';
import { findTimesEn } from '../../../src/stages/dates/index.js';
import { abs, checkRow, duration, elsewhere, rel, unresolved, type Row } from './helpers.js';

// Published Thursday 2024-09-26 unless a row says otherwise.
const A = '2024-09-26';

const check = (rows: Row[]): void => {
  it.each(rows)('%s (published %s)', (...row) => checkRow(findTimesEn, row as Row));
};

describe('findTimesEn: calendar dates (chrono), a missing year leaning to the past', () => {
  check([
    ['Zoph joined OpenAI in September 2022 after several years as a research scientist.', A, [
      abs('September 2022', '2022-09', 'month'),
      duration('after several years'),
    ]],
    ["Murati was named OpenAI's interim CEO in November 2023, after the board fired Altman.", A, [
      abs('November 2023', '2023-11', 'month'),
    ]],
    ['McGrew was promoted to chief research officer in August.', A, [rel('August', '2024-08', 'month')]],
    ['She joined in March.', A, [rel('March', '2024-03', 'month')]],
    ['She joined in March.', '2024-02-10', [rel('March', '2023-03', 'month')]],
    ['He left in December.', A, [rel('December', '2023-12', 'month')]],
    ['In May, she joined.', A, [rel('May', '2024-05', 'month')]],
    ['The rule took effect Jan. 1.', A, [rel('Jan. 1', '2024-01-01', 'day')]],
    ['on Sept. 26, 2024', A, [abs('Sept. 26, 2024', '2024-09-26', 'day')]],
    ['26 September 2024', A, [abs('26 September 2024', '2024-09-26', 'day')]],
    ['on 9/26/2024', A, [abs('9/26/2024', '2024-09-26', 'day')]],
    ['filed 2024-09-26', A, [abs('2024-09-26', '2024-09-26', 'day')]],
    ['September 26', A, [rel('September 26', '2024-09-26', 'day')]],
    ['Wednesday, Sept. 25, she resigned', A, [rel('Wednesday, Sept. 25', '2024-09-25', 'day')]],
  ]);
});

describe('findTimesEn: years', () => {
  check([
    ['He joined in 2018.', A, [abs('2018', '2018', 'year')]],
    ['He joined in 2019 and left in 2023.', A, [abs('2019', '2019', 'year'), abs('2023', '2023', 'year')]],
    ['the 2020 election', A, [abs('2020', '2020', 'year')]],
    ['2024 was a hard year for OpenAI', A, [abs('2024', '2024', 'year')]],
    ['mid-2021', A, [abs('mid-2021', '2021', 'year')]],
    ['by the end of 2024', A, [abs('the end of 2024', '2024', 'year')]],
    ['the first half of 2023', A, [abs('the first half of 2023', '2023', 'year')]],
    ['in the spring of 2023', A, [abs('the spring of 2023', '2023', 'year')]],
    ['Q3 2024', A, [abs('Q3 2024', '2024', 'year')]],
    // Fiscal years do not line up with calendar years: found, not valued.
    ['revenue in fiscal 2024', A, [unresolved('fiscal 2024', false)]],
    ['FY2024 results', A, [unresolved('FY2024', false)]],
  ]);
});

describe('findTimesEn: named against the published date', () => {
  check([
    ['She left last year.', A, [rel('last year', '2023', 'year')]],
    ['She left late last year.', A, [rel('late last year', '2023', 'year')]],
    ['at the end of last year', A, [rel('the end of last year', '2023', 'year')]],
    ['earlier this year', A, [rel('earlier this year', '2024', 'year')]],
    ['this year', A, [rel('this year', '2024', 'year')]],
    ['He will retire next year.', A, [rel('next year', '2025', 'year')]],
    ['last month', A, [rel('last month', '2024-08', 'month')]],
    ['last month', '2024-01-10', [rel('last month', '2023-12', 'month')]],
    ['earlier this month', A, [rel('earlier this month', '2024-09', 'month')]],
    ['last quarter', A, [rel('last quarter', '2024', 'year')]],
    ['last quarter', '2024-02-01', [rel('last quarter', '2023', 'year')]],
    ['yesterday', A, [rel('yesterday', '2024-09-25', 'day')]],
    ['Today, she said', A, [rel('Today', '2024-09-26', 'day')]],
    ['tomorrow', A, [rel('tomorrow', '2024-09-27', 'day')]],
    ['last night', '2024-03-01', [rel('last night', '2024-02-29', 'day')]],
  ]);
});

describe('findTimesEn: weekdays and weeks (2024-09-26 is a Thursday)', () => {
  check([
    ['Mira Murati said on Wednesday that she is leaving', A, [rel('Wednesday', '2024-09-25', 'day')]],
    ['on Thursday', A, [rel('Thursday', '2024-09-26', 'day')]],
    ['on Friday', A, [rel('Friday', '2024-09-20', 'day')]],
    ['last Wednesday', A, [rel('last Wednesday', '2024-09-25', 'day')]],
    ['last Thursday', A, [rel('last Thursday', '2024-09-19', 'day')]],
    ['this past Sunday', A, [rel('this past Sunday', '2024-09-22', 'day')]],
    ['this Friday', A, [rel('this Friday', '2024-09-27', 'day')]],
    ['next Wednesday', A, [rel('next Wednesday', '2024-10-02', 'day')]],
    ['last week', A, [rel('last week', '2024-09', 'month')]],
    ['earlier this week', A, [rel('earlier this week', '2024-09', 'month')]],
    ['this week', '2024-10-02', [rel('this week', '2024', 'year')]],
    ['last weekend', A, [rel('last weekend', '2024-09', 'month')]],
  ]);
});

describe('findTimesEn: so long ago, at the precision of the unit', () => {
  check([
    ['13 days ago', A, [rel('13 days ago', '2024-09-13', 'day')]],
    ['two days ago', A, [rel('two days ago', '2024-09-24', 'day')]],
    ['2 weeks ago', A, [rel('2 weeks ago', '2024-09', 'month')]],
    ['11 months ago', A, [rel('11 months ago', '2023-10', 'month')]],
    ['a year and a half ago', A, [rel('a year and a half ago', '2023-03', 'month')]],
    ['three years ago', A, [rel('three years ago', '2021', 'year')]],
    ['twenty-five years ago', A, [rel('twenty-five years ago', '1999', 'year')]],
    ['a decade ago', A, [rel('a decade ago', '2014', 'year')]],
    ['about two years ago', A, [rel('about two years ago', '2022', 'year')]],
    ['more than a year ago', A, [unresolved('more than a year ago')]],
    ['a few years ago', A, [unresolved('a few years ago')]],
    ['decades ago', A, [unresolved('decades ago')]],
  ]);
});

describe('findTimesEn: durations and times of other events are never valued', () => {
  check([
    ['She is leaving after six and a half years.', A, [duration('after six and a half years')]],
    ['six and a half years', A, [duration('six and a half years')]],
    ['He led the team for two years.', A, [duration('for two years')]],
    ['over the past year', A, [duration('over the past year')]],
    ['in the last year', A, [duration('in the last year')]],
    ['within a year', A, [duration('within a year')]],
    ['for years', A, [duration('for years')]],
    ['in recent years', A, [duration('in recent years')]],
    ['He was reinstated days later.', A, [elsewhere('days later')]],
    ['Hours later, chief executive Sam Altman said', A, [elsewhere('Hours later')]],
    ['the following year', A, [elsewhere('the following year')]],
    ['The next year, she left.', A, [elsewhere('The next year')]],
    ['a week after the vote', A, [elsewhere('a week after')]],
    ['less than two months after', A, [elsewhere('less than two months after')]],
    ['two years into his tenure', A, [elsewhere('two years into')]],
    ['the same day', A, [elsewhere('the same day')]],
    ['that year', A, [elsewhere('that year')]],
    ['a day earlier', A, [elsewhere('a day earlier')]],
    ['at the time', A, [elsewhere('at the time')]],
  ]);
});

describe('findTimesEn: vague times, ranges and "since"', () => {
  check([
    ['OpenAI recently said', A, [unresolved('recently')]],
    ['from 2018 to 2020', A, [abs('2018', '2018', 'year'), abs('2020', '2020', 'year')]],
    ['2018-2020', A, [abs('2018', '2018', 'year'), abs('2020', '2020', 'year')]],
    ['from March to May 2020', A, [abs('March', '2020-03', 'month'), abs('May 2020', '2020-05', 'month')]],
    ['Sept. 12-13, 2024', A, [abs('Sept. 12', '2024-09-12', 'day'), abs('13, 2024', '2024-09-13', 'day')]],
    ['Dec. 31, 2023 to Jan. 2, 2024', A, [
      abs('Dec. 31, 2023', '2023-12-31', 'day'),
      abs('Jan. 2, 2024', '2024-01-02', 'day'),
    ]],
    ['CEO since 2018', A, [abs('since 2018', '2018', 'year')]],
    ['since September 2022', A, [abs('since September 2022', '2022-09', 'month')]],
    ['since last year', A, [rel('since last year', '2023', 'year')]],
  ]);
});

describe('findTimesEn: not dates', () => {
  check([
    ['GPT-4o and o1 and GPT-4', A, []],
    ['What the o1 model means for developers', A, []],
    ['she may leave', A, []],
    ['they march on', A, []],
    ['Jack March said', A, []],
    ['Theresa May said', A, []],
    ['Jan Leike left', A, []],
    ['April Dunford, a consultant', A, []],
    ['100 people', A, []],
    ['a valuation of $150 billion', A, []],
    ['2000 employees', A, []],
    ['1,900 jobs', A, []],
    ['$2024', A, []],
    ['20.24 percent', A, []],
    ['9/11 attacks', A, []],
    ['24/7 support', A, []],
    ['the 1990s', A, []],
    ['a 30-year-old engineer', A, []],
    ['30 years old', A, []],
    ['Black Friday sales', A, []],
    ['open on Mondays', A, []],
    ['one of them', A, []],
  ]);
});

describe('findTimesEn: the anchor', () => {
  check([
    ['last year', null, [rel('last year', null, null)]],
    ['in August', null, [rel('August', null, null)]],
    ['on Wednesday', null, [rel('Wednesday', null, null)]],
    ['13 days ago', null, [rel('13 days ago', null, null)]],
    ['September 2022', null, [abs('September 2022', '2022-09', 'month')]],
    ['in 2018', null, [abs('2018', '2018', 'year')]],
    ['last year', '2024', [rel('last year', '2023', 'year')]],
    ['in August', '2024', [rel('August', null, null)]],
    ['13 days ago', '2024-09', [rel('13 days ago', null, null)]],
    ['today', '2024-09', [rel('today', '2024-09', 'month')]],
  ]);
});

describe('findTimesEn: a whole article', () => {
  it('finds each expression at its place', () => {
    const text = [
      'OpenAI loses three senior leaders in one day',
      "SAN FRANCISCO — Mira Murati, OpenAI's chief technology officer, said on Wednesday that she is leaving the company after six and a half years.",
      'Hours later, chief executive Sam Altman said that Bob McGrew had also decided to leave.',
      'McGrew was promoted to chief research officer in August. Zoph joined OpenAI in September 2022 after several years as a research scientist at Google.',
      "Murati was named OpenAI's interim CEO in November 2023, after the board fired Altman. He was reinstated days later.",
      'Related: What the o1 model means for developers',
    ].join('\n\n');
    const found = findTimesEn(text, A);
    expect(found.map((x) => [x.text, x.value, x.kind])).toEqual([
      ['in one day', null, 'duration'],
      ['Wednesday', '2024-09-25', 'point'],
      ['after six and a half years', null, 'duration'],
      ['Hours later', null, 'anchored-elsewhere'],
      ['August', '2024-08', 'point'],
      ['September 2022', '2022-09', 'point'],
      ['after several years', null, 'duration'],
      ['November 2023', '2023-11', 'point'],
      ['days later', null, 'anchored-elsewhere'],
    ]);
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
