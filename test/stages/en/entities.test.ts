// English names: full names the dictionary does not know, surnames, given names and nicknames,
// honorifics and titles left out of the name, initials, particles, possessives, legal forms of
// organisations and their short forms, and capitalised words that name nobody.
import { describe, expect, it } from 'vitest';
import { annotateEn } from './helpers.js';

/** Each entity named in the text, with the surface forms linked to it. */
function entitiesOf(text: string): Map<string, { type: string; forms: string[] }> {
  const a = annotateEn(text, '2025-01-15');
  return new Map(a.entities.map((e) => [e.name, { type: e.type, forms: [...new Set(e.mentions.map((m) => m.text))] }]));
}

const LINKS: Array<[string, string, string, 'person' | 'org', string[]]> = [
  ['title and initial', 'Chief Financial Officer J. Michael Harlan will step down. Mr. Harlan, 61, joined in 2012. "Mike has been a steady hand," a colleague said.', 'J. Michael Harlan', 'person', ['J. Michael Harlan', 'Harlan', 'Mike']],
  ['honorific Ms.', 'Priya Venkataraman will join the bank. Ms. Venkataraman, 47, spent 16 years at JPMorgan.', 'Priya Venkataraman', 'person', ['Priya Venkataraman', 'Venkataraman']],
  ['particles in two capitalisations', "Erik ten Hag was sacked on Monday. Ten Hag won the FA Cup. Ruud van Nistelrooy joined as ten Hag's assistant. Van Nistelrooy won.", 'Erik ten Hag', 'person', ['Erik ten Hag', 'Ten Hag', 'ten Hag']],
  ['particle surname', "Ruud van Nistelrooy joined as an assistant. Van Nistelrooy won his first match, and van Nistelrooy's side won again.", 'Ruud van Nistelrooy', 'person', ['Ruud van Nistelrooy', 'Van Nistelrooy', 'van Nistelrooy']],
  ['possessive', "Sam Altman left on Friday. Altman's return was announced on Tuesday.", 'Sam Altman', 'person', ['Sam Altman', 'Altman']],
  ['initials', 'The company also said A.J. Brennan has joined as general counsel. Brennan was at a law firm.', 'A.J. Brennan', 'person', ['A.J. Brennan', 'Brennan']],
  ['legal form after a comma', 'Brightwater Analytics, Inc. today announced changes. Brightwater Analytics helps retailers. Brightwater has 400 customers.', 'Brightwater Analytics', 'org', ['Brightwater Analytics, Inc.', 'Brightwater Analytics', 'Brightwater']],
  ['legal form and short form', 'Harbor Crest Financial Corp. said Wednesday that its CFO will leave. Harbor Crest has $38 billion in assets.', 'Harbor Crest Financial', 'org', ['Harbor Crest Financial Corp.', 'Harbor Crest']],
  ['unknown full name over a dictionary surname', 'Manchester United have appointed Ruben Amorim as head coach. Amorim will leave Sporting CP.', 'Ruben Amorim', 'person', ['Ruben Amorim', 'Amorim']],
  ['university of X', 'Dr. Amara Nwosu is provost of the University of Lakeshore. Lakeshore said she will step down.', 'University of Lakeshore', 'org', ['University of Lakeshore', 'Lakeshore']],
  ['descriptor before a name', 'She worked as a buyer for the Norwegian retailer XXL before joining.', 'XXL', 'org', ['XXL']],
  ['listed with organisations', 'United play Chelsea, PAOK and Leicester City next.', 'PAOK', 'org', ['PAOK']],
  ['club short forms', 'Manchester United have appointed a coach. United paid the fee. Leicester City lost; Leicester were poor.', 'Leicester City', 'org', ['Leicester City', 'Leicester']],
  ['given name in a quote', 'Rebecca Lau was hired as chief executive. "Rebecca has shipped more chips than anyone," Arjun Mehta said.', 'Rebecca Lau', 'person', ['Rebecca Lau', 'Rebecca']],
  ['Korean name', 'Park Ji-hoon has been appointed chief executive officer. Park, 54, led the battery division.', 'Park Ji-hoon', 'person', ['Park Ji-hoon', 'Park']],
  ['unit named after its parent', 'Microsoft has hired Mustafa Suleyman to lead a new organization called Microsoft AI.', 'Microsoft AI', 'org', ['Microsoft AI']],
  ['newspaper keeps its article', 'The Halden Herald, the student newspaper, reported last month that a finalist had withdrawn.', 'The Halden Herald', 'org', ['The Halden Herald']],
];

describe('English names are linked', () => {
  it.each(LINKS)('%s', (_why, text, name, type, forms) => {
    const e = entitiesOf(text).get(name);
    expect(e, `${name} in ${JSON.stringify([...entitiesOf(text)])}`).toBeDefined();
    expect(e!.type).toBe(type);
    for (const f of forms) expect(e!.forms).toContain(f);
  });
});

describe('two people sharing a surname', () => {
  it('a surname goes to the one named in full most recently', () => {
    const text = "Akio Toyoda will become chairman. Toyoda's grandfather, Kiichiro Toyoda, founded the car business. Akio Toyoda will remain the public face of the group. Toyoda is not going anywhere.";
    const a = annotateEn(text, '2023-01-26');
    const owner = (at: number) => a.entities.find((e) => e.mentions.some((m) => m.start === at))?.name;
    expect(owner(text.indexOf("Toyoda's"))).toBe('Akio Toyoda');
    expect(owner(text.lastIndexOf('Toyoda is'))).toBe('Akio Toyoda');
    expect(a.entities.map((e) => e.name)).toContain('Kiichiro Toyoda');
  });
});

const NOT_NAMES: Array<[string, string, string[]]> = [
  ['dateline', 'SANTA CLARA, Calif., March 12 — Intel said on Wednesday it had named a new chief executive.', ['SANTA CLARA', 'Calif']],
  ['sentence openers', 'Separately, analysts said shares fell. Asked about it, Speaking later, Analysts declined to comment.', ['Separately', 'Asked', 'Speaking', 'Analysts']],
  ['headings and bylines', 'FOR IMMEDIATE RELEASE\n\nPEOPLE MOVES: Who is in\n\nBy Hannah Cole, Senior AI Reporter\n\nRelated: What it means | Subscribe to our newsletter', ['FOR IMMEDIATE RELEASE', 'PEOPLE MOVES', 'By Hannah Cole', 'Related', 'Subscribe']],
  ['titles before names', 'Executive Vice President Yuki Tanaka will succeed President Hiroshi Watanabe. Provost Mark Ellison left.', ['Executive Vice President Yuki Tanaka', 'President Hiroshi Watanabe', 'Provost Mark Ellison']],
  ['demonyms and places', 'The Norwegian company opened a warehouse outside Oslo, near the American border.', ['Norwegian', 'American', 'Oslo']],
  ['title-case headline verbs', 'Brightwater Analytics Announces Leadership Changes to Support Growth\n\nThe company said so.', ['Brightwater Analytics Announces Leadership Changes', 'Announces Leadership']],
];

describe('capitalised words that name nobody are not entities', () => {
  it.each(NOT_NAMES)('%s', (_why, text, names) => {
    const found = [...entitiesOf(text).keys()];
    for (const n of names) expect(found).not.toContain(n);
  });
});
