import { describe, expect, it } from 'vitest';
import { findRolesEn } from '../../../src/stages/roles/index.js';
import { expectRoles, type Want } from './helpers.js';

const CEO = 'Chief Executive Officer';

const MUST_FIND: Array<[string, Want[]]> = [
  // --- the English report of the OpenAI departures
  ["Mira Murati, OpenAI's chief technology officer, said on Wednesday", [{ text: 'chief technology officer', en: 'Chief Technology Officer' }]],
  [
    'Hours later, chief executive Sam Altman said that Bob McGrew, the company\'s chief research officer, and Barret Zoph, a vice president of research, had also decided to leave.',
    [
      { text: 'chief executive', en: CEO },
      { text: 'chief research officer', en: 'Chief Research Officer' },
      { text: 'vice president of research', en: 'Vice President of Research' },
    ],
  ],
  ['McGrew was promoted to chief research officer in August.', [{ text: 'chief research officer', en: 'Chief Research Officer' }]],
  ['after several years as a research scientist at Google', [{ text: 'research scientist', en: 'Research Scientist' }]],
  ['Mark Chen will become the new senior vice president of research', [{ text: 'senior vice president of research', en: 'Senior Vice President of Research' }]],
  ['together with chief scientist Jakub Pachocki', [{ text: 'chief scientist', en: 'Chief Scientist' }]],
  ['Josh Achiam takes on a new role as head of mission alignment', [{ text: 'head of mission alignment', en: 'Head of Mission Alignment' }]],
  ['Matt Knight was named chief information security officer.', [{ text: 'chief information security officer', en: 'Chief Information Security Officer' }]],
  ["Murati was named OpenAI's interim CEO in November 2023", [{ text: 'interim CEO', en: `Interim ${CEO}`, interim: true }]],
  // --- forms from the brief
  ['Chief Technology Officer Mira Murati', [{ text: 'Chief Technology Officer', en: 'Chief Technology Officer' }]],
  ['CTO Mira Murati', [{ text: 'CTO', en: 'Chief Technology Officer' }]],
  ['the acting chief executive', [{ text: 'acting chief executive', en: `Acting ${CEO}`, interim: true }]],
  ['former CFO Jane Doe', [{ text: 'CFO', en: 'Chief Financial Officer', former: true }]],
  ['the ex-CEO of Uber', [{ text: 'CEO', en: CEO, former: true }]],
  ['former Google CEO Eric Schmidt', [{ text: 'CEO', en: CEO, former: true }]],
  ["former OpenAI's CTO", [{ text: 'CTO', en: 'Chief Technology Officer', former: true }]],
  [
    'John Smith, president and chief executive of Acme',
    [
      { text: 'president', en: 'President' },
      { text: 'chief executive', en: CEO },
    ],
  ],
  [
    'co-founder and chief executive Ilya Sutskever',
    [
      { text: 'co-founder', en: 'Co-Founder' },
      { text: 'chief executive', en: CEO },
    ],
  ],
  ['Jane Roe, SVP, Research at Acme', [{ text: 'SVP, Research', en: 'Senior Vice President of Research' }]],
  ['EVP of Sales', [{ text: 'EVP of Sales', en: 'Executive Vice President of Sales' }]],
  ['VP of Engineering and Product', [{ text: 'VP of Engineering and Product', en: 'Vice President of Engineering and Product' }]],
  ['head of product and partnerships', [{ text: 'head of product and partnerships', en: 'Head of Product and Partnerships' }]],
  ['the chairman said', [{ text: 'chairman', en: 'Chairman' }]],
  ['the committee chair said', [{ text: 'committee chair', en: 'Chair of Committee' }]],
  ['the company\'s general counsel', [{ text: 'general counsel', en: 'General Counsel' }]],
  ['managing director Anne Lee', [{ text: 'managing director', en: 'Managing Director' }]],
  ['Jane Roe, a partner at Sequoia Capital', [{ text: 'partner', en: 'Partner' }]],
  ['co-CEO Bill', [{ text: 'co-CEO', en: `Co-${CEO}` }]],
  ['the vice-president', [{ text: 'vice-president', en: 'Vice President' }]],
  ['non-executive director', [{ text: 'non-executive director', en: 'Non-Executive Director' }]],
  ['chief revenue officer', [{ text: 'chief revenue officer', en: 'Chief Revenue Officer' }]],
  ['GM of Greater China', [{ text: 'GM of Greater China', en: 'General Manager of Greater China' }]],
  ['Treasury Secretary Janet Yellen', [{ text: 'Treasury Secretary', en: 'Treasury Secretary' }]],
  ['Secretary of State Antony Blinken', [{ text: 'Secretary of State', en: 'Secretary of State' }]],
  ['the finance minister', [{ text: 'finance minister', en: 'Finance Minister' }]],
  ['the editor-in-chief', [{ text: 'editor-in-chief', en: 'Editor-in-Chief' }]],
  ["the CEO's decision", [{ text: 'CEO', en: CEO }]],
];

const MUST_NOT_FIND: string[] = [
  'OpenAI loses three senior leaders in one day',
  '"Leadership changes are a natural part of companies," Altman wrote',
  'Kevin Weil and Srinivas Narayanan continue to lead the applications team.',
  'after the board fired Altman',
  'executives met on Monday',
  'She will chair the committee',
  'a business partner',
  'the head of state',
  'Premier League clubs',
  'GM said sales rose',
  'the Department of Justice',
  'the presidential election',
  'ceo', // abbreviations only in capitals in running text
  '',
];

describe('findRolesEn: must find', () => {
  it.each(MUST_FIND)('%s', (sentence, want) => {
    expectRoles(sentence, findRolesEn(sentence), want);
  });
});

describe('findRolesEn: must not find', () => {
  it.each(MUST_NOT_FIND.map((s) => [s]))('%s', (sentence) => {
    expect(findRolesEn(sentence)).toEqual([]);
  });
});

describe('findRolesEn: details', () => {
  it('does not join words across punctuation', () => {
    expect(findRolesEn('He leads research. Director Jane Roe said').map((m) => m.text)).toEqual(['Director']);
  });

  it('reports the head title', () => {
    expect(findRolesEn('senior vice president of research')[0].head).toBe('Vice President');
  });

  it('does not throw on odd input', () => {
    const odd = ['of of of', 'former', 'ex-', 'chief', 'chief officer', 'SVP,', 'head of', '\u0000\ud800', 'vice president '.repeat(300)];
    for (const s of odd) for (const m of findRolesEn(s)) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(findRolesEn(null as unknown as string)).toEqual([]);
  });
});
