// Quotes in English news: attributed to a named person after the quote, before it (colon, comma,
// "was blunt:"), around a partial quote, by a pronoun, split by the attribution, continued in the
// paragraph or the next one, and with a missing closing mark. Not quotes: words of a company, a
// newspaper or an unnamed spokesman, scare quotes, defined terms. Unbalanced marks never throw.
import { describe, expect, it } from 'vitest';
import { annotateEn, eventsOf } from './helpers.js';

type Q = { speaker: string; quote: string };

const MUST: Array<[string, Q[]]> = [
  ['"Leadership changes are a natural part of companies," Sam Altman wrote.', [{ speaker: 'Sam Altman', quote: 'Leadership changes are a natural part of companies,' }]],
  ['"I am excited," said Rahul Desai.', [{ speaker: 'Rahul Desai', quote: 'I am excited,' }]],
  ['Dr. Amara Nwosu spoke to the faculty. Nwosu said: "I did not apply for this job because Halden needs fixing."', [{ speaker: 'Amara Nwosu', quote: 'I did not apply for this job because Halden needs fixing.' }]],
  ['On a wet morning, Ingrid Halvorsen walks the length of the warehouse. "Forty-two colours," she says, pulling one out. "Nobody needs forty-two colours."', [
    { speaker: 'Ingrid Halvorsen', quote: 'Forty-two colours,' },
    { speaker: 'Ingrid Halvorsen', quote: 'Nobody needs forty-two colours.' },
  ]],
  ['"We have several independent sources," its editor, Luca Moretti, said in a text message.', [{ speaker: 'Luca Moretti', quote: 'We have several independent sources,' }]],
  ['"Mike has been a steady hand," Chief Executive Karen Liu-Bramwell said in an interview.', [{ speaker: 'Karen Liu-Bramwell', quote: 'Mike has been a steady hand,' }]],
  ['Joseph Tsai wrote to staff. Tsai said the new leadership would "get back to basics."', [{ speaker: 'Joseph Tsai', quote: 'get back to basics.' }]],
  ['"It is the first time I have relaxed in years," Greg Brockman wrote, "the mission is far from complete."', [
    { speaker: 'Greg Brockman', quote: 'It is the first time I have relaxed in years,' },
    { speaker: 'Greg Brockman', quote: 'the mission is far from complete.' },
  ]],
  ['Asked about that, Astrid Moe was blunt: "Ingrid has the board\'s full support."', [{ speaker: 'Astrid Moe', quote: "Ingrid has the board's full support." }]],
  ['“Brightwater’s customers rely on us,” said Elena Marsh. “I am excited to help our teams serve them even better.”', [
    { speaker: 'Elena Marsh', quote: 'Brightwater’s customers rely on us,' },
    { speaker: 'Elena Marsh', quote: 'I am excited to help our teams serve them even better.' },
  ]],
  ['Board chair Linda Orr will serve as interim CEO. "We thank Ben for his service, Orr said in a statement. The company has hired a search firm.', [{ speaker: 'Linda Orr', quote: 'We thank Ben for his service,' }]],
  ['Asked what she had learned, Ingrid Halvorsen said:\n\n"Scale is a drug. Once you have it, every decision is about protecting it.\n\n"At Northfjord we had the opposite problem."', [
    { speaker: 'Ingrid Halvorsen', quote: 'Scale is a drug. Once you have it, every decision is about protecting it.' },
    { speaker: 'Ingrid Halvorsen', quote: 'At Northfjord we had the opposite problem.' },
  ]],
  ['"He knows the customers," said Mara Delgado, an analyst at Pell Street Research. "The question is how much time the board will give him."', [
    { speaker: 'Mara Delgado', quote: 'He knows the customers,' },
    { speaker: 'Mara Delgado', quote: 'The question is how much time the board will give him.' },
  ]],
  ['Karen Liu-Bramwell said she had no plans to retire.\n\n"I\'m not going anywhere," she said.', [{ speaker: 'Karen Liu-Bramwell', quote: "I'm not going anywhere," }]],
  ['In a statement, David Cameron acknowledged that he had disagreed with some of Rishi Sunak\'s decisions. "While I may have disagreed, it is clear to me that he is a capable Prime Minister," he said.', [
    { speaker: 'David Cameron', quote: 'While I may have disagreed, it is clear to me that he is a capable Prime Minister,' },
  ]],
  ['Akio Toyoda said he had decided to step back because he was "a car guy" of an older generation.', [{ speaker: 'Akio Toyoda', quote: 'a car guy' }]],
  ['According to Sam Altman, "the company is in good hands."', [{ speaker: 'Sam Altman', quote: 'the company is in good hands.' }]],
  ['Ingrid Halvorsen left Columbia Sportswear and spent months, by her own account, "mostly sailing and mostly thinking."', [{ speaker: 'Ingrid Halvorsen', quote: 'mostly sailing and mostly thinking.' }]],
];

const MUST_NOT: Array<[string, string]> = [
  ['scare quote', 'Some employees at Northfjord Outdoor call it a "reset".'],
  ['company statement', '"Giulia Bianchi is fully committed to the group," Veltro said in a statement.'],
  ['the company said', '"There is no search. Harold is our CEO," the company said in a statement.'],
  ['newspaper', 'The newspaper wrote that several directors had "lost patience" with Giulia Bianchi.'],
  ['defined terms', 'Brightwater Analytics, Inc. (“Brightwater” or “the Company”) today announced changes.'],
  ['unnamed spokesman', 'A spokesman for Curtis Yoon said he was "fully focused on the slate."'],
  ['described as', 'Oslo Finansavis, the business daily, described her first months as "the most dramatic year in its history."'],
  ['product name', 'Inflection AI will sell its models through an "AI studio" business.'],
  ['unnamed colleagues', 'According to two former colleagues, Kari Solberg felt the cuts went "too far, too fast."'],
  ['club statement', 'In a statement, Manchester United said Ruben Amorim was "one of the most exciting young coaches in Europe."'],
  ['office', 'Rishi Sunak\'s office said the changes would give the government "a strong, united team" for the months ahead.'],
  ['board', 'The board fired Sam Altman, saying he had not been "consistently candid in his communications with the board."'],
  ['one word', 'Giulia Bianchi called the report "nonsense".'],
  ['lone mark', 'Helen Tsao said " nothing more.'],
  ['no speaker', '"Every month of waiting costs shareholders money."'],
];

const NEVER_THROW = [
  '"',
  '“',
  '”',
  '“”',
  '""',
  '"Unclosed quote at the end of the text',
  'Ingrid Halvorsen said: "',
  '"Nested ‘single’ quotes," said Tom Keller, "and “curly” ones."',
  '‘Single quotes’ only, said Tom Keller.',
  'It’s Brightwater’s turn’ to speak.',
  '"One" "two" "three" "four" "five," she said.',
  '\n\n"\n\n"\n\n',
  'Ms. "Quoted Name" said nothing.',
  '"' + 'very long quote '.repeat(400) + '," said Tom Keller.',
];

const quotesOf = (text: string) => eventsOf(text, '2025-06-10').filter((e) => e.type === 'quote').map((e) => ({ speaker: e.person!, quote: e.quote! }));

describe('English quotes: must extract', () => {
  it.each(MUST)('%s', (text, wants) => {
    const got = quotesOf(text);
    for (const want of wants) expect(got, JSON.stringify(got)).toContainEqual(want);
  });
});

describe('English quotes: must not extract', () => {
  it.each(MUST_NOT)('%s: %s', (_why, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('English quotes: unbalanced marks never throw', () => {
  it.each(NEVER_THROW.map((t) => [t]))('%j', (text) => {
    if (!text.trim()) return;
    const a = annotateEn(text);
    for (const e of a.events) if (e.quote) expect(text.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
  });
});
