// Person or organisation, for a name the dictionary does not know: first by its form (a legal form
// or "University" ends it, an honorific or a title precedes it), then by what the sentence says of it
// ("the retailer XXL", "Marcus Bell, 49,", "X, who", "Y (Seoul) —"), then by compromise's tags.
import type { TextSpan } from '../../core/types.js';
import { isGivenName } from '../tokenize-en/compromise.js';
import { ORG_DESCRIPTORS, ORG_HEADS, ORG_LEADS } from './name-words.js';
import type { Word } from './words.js';

export type NameType = 'person' | 'org' | 'place' | null;

interface TypeInput {
  work: string;
  words: Word[];
  roles: readonly TextSpan[];
}

/** Romanised Korean and similar given names: Ji-hoon, Sung-min. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** What only people do after their name: step down, resign, retire, get named or promoted. */
const PERSON_ACTS = /^(?:,[^,;]{1,80},|,)?\s+(?:will\s+|has\s+|had\s+|is\s+|was\s+|also\s+)*(?:step(?:s|ped|ping)?\s+(?:down|aside)|resign(?:s|ed|ing)?|retire[sd]?|retiring|rose\s+to|(?:take|took|takes)\s+over\s+as|(?:was|has\s+been|is|had\s+been)\s+(?:named|appointed|promoted|elevated|hired|fired|ousted|sacked))\b/;
/** Lower-case nouns right after a name that make it an organisation (the Ineos group, its Taobao unit). */
const ORG_NOUN_AFTER = /^ (?:group|unit|division|subsidiary|affiliate|brand|studio|fund)\b/;

export function typeByContext({ work, words, roles }: TypeInput, run: { i: number; j: number; titled: boolean }): NameType {
  const { i, j } = run;
  const parts = words.slice(i, j + 1);
  const first = parts[0];
  const last = parts[parts.length - 1];
  const before = work.slice(Math.max(0, first.start - 40), first.start);
  const after = work.slice(last.end - (last.possessive ? 2 : 0), last.end + 60);

  // Form.
  if (parts.length > 1 && ORG_HEADS.has(last.norm)) return 'org';
  // Sporting CP, Norrbrand AB: a short capitalised code after a name (not a roman numeral).
  if (parts.length > 1 && /^\p{Lu}{2,3}$/u.test(last.text) && !/^[IVX]+$/.test(last.text) && !first.initial) return 'org';
  // Bank of America, Federal Reserve Bank of New York, Department for Business and Trade.
  if (parts.some((w, k) => k > 0 && (w.norm === 'of' || w.norm === 'for') && (ORG_LEADS.has(parts[k - 1].norm) || ORG_HEADS.has(parts[k - 1].norm)))) return 'org';
  // "Quillfeather (London) —": a place in brackets after an organisation.
  if (/\p{Lu}[\p{L}.]*\s\($/u.test(before) && /^\)/.test(after)) return 'place';
  if (run.titled) return 'person';
  // "Chief Operating Officer Marcus Bell", "Uber's head of human resources, Liane Hornsey, has …"
  const roleBefore = roles.some((r) => r.end <= first.start && (/^ $/.test(work.slice(r.end, first.start)) || (/^, $/.test(work.slice(r.end, first.start)) && /^,/.test(after))));
  if (roleBefore && parts.length > 1) return 'person';
  // The object of a hiring or firing: "would name Jörg Kukies", "fired Finance Minister X".
  // ("appointed Chipotle Mexican Grill chief Brian Niccol": the name is then a person's employer.)
  if (parts.length > 1 && /\b(?:named?|names|appoint(?:s|ed)?|hire[sd]?|promote[sd]?|fire[sd]?|sack(?:s|ed)?|oust(?:s|ed)?|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)\s+$/i.test(before) && !ORG_HEADS.has(last.norm) && /^(?:[,.;]|\s+(?:as|to|and|on|in|from|who|was|after|with)\b|$)/.test(after)) return 'person';
  if (parts.some((w) => w.initial) && parts.length > 1 && !parts.every((w) => w.initial)) return 'person';
  if (parts.length > 1 && parts.slice(1).some((w) => HYPHENATED_GIVEN.test(w.text))) return 'person';

  // What the sentence says of it.
  const descriptor = /(?:^|\s)([a-z][a-z-]+) $/.exec(before)?.[1];
  if (descriptor && ORG_DESCRIPTORS.has(descriptor)) return 'org';
  if (ORG_NOUN_AFTER.test(after)) return 'org';
  if (/^ \((?:\p{Lu}[\p{L}.]*[ ,]*){1,3}\)\s*(?:—|--|–|-)/u.test(after)) return 'org';
  if (/^,\s(?:the|a|an)\s(?:[a-z-]+\s){0,3}(?:daily|newspaper|paper|publication|company|firm|group|maker|startup|retailer|lender|bank|site|broadcaster|agency|regulator)(?:[,.;]|\s(?:in|based|that|which|owned|with)\b)/.test(after)) return 'org';
  if (roles.some((r) => r.end <= first.start && /^ (?:at|with) $/.test(work.slice(r.end, first.start)))) return 'org';
  if (/^,\s\d{1,3},/.test(after) || /^,\s(?:who|whose)\b/.test(after)) return 'person';
  if (parts.length > 1 && PERSON_ACTS.test(after)) return 'person';
  if (roles.some((r) => r.start > last.end && /^,\s(?:(?:the|a|an|its|his|her)\s)?(?:[\p{L}.&’'-]+(?:['’]s)?\s){0,3}$/u.test(work.slice(last.end, r.start)))) return parts.length > 1 ? 'person' : null;

  // A given name first ("Kevin Park", which compromise reads as a park in context).
  if (parts.length > 1 && parts.length <= 4 && isGivenName(first.text)) return 'person';
  // compromise.
  const tagged = (tag: string) => parts.every((w) => w.tags.has(tag));
  if (parts.every((w) => w.tags.has('Place') || w.tags.has('Country') || w.tags.has('City') || w.tags.has('Region'))) return 'place';
  if (tagged('Organization') && !parts.some((w) => w.tags.has('Person'))) return 'org';
  if (parts.length > 1 && (first.tags.has('FirstName') || tagged('Person'))) return 'person';
  if (parts.length > 1 && parts.some((w) => w.tags.has('Person') || w.tags.has('LastName')) && !parts.some((w) => w.tags.has('Organization'))) return 'person';
  return null;
}

/** What follows an organisation's name and rarely a person's: Northfjord's shares, shares of Intel. */
const ORG_AFTER = /^['’]s\s(?:shares|stock|share\sprice|board|headquarters|revenue|sales|profits?|employees|workforce|staff|customers|products|investors|shareholders|history|brand|business|management|executives|directors|market\svalue|lead\sdrug|annual\smeeting)\b|^\s(?:said|says|announced)\s(?:on\s\w+\s)?(?:that\s)?its\b/;
const ORG_BEFORE = /\bshares\sof\s$/;

interface Typed {
  start: number;
  end: number;
  key: string;
  type: 'person' | 'org' | null;
  rule: string;
}

/**
 * Types the names left untyped from what the article says elsewhere: the surname or given name of a
 * person named in full makes "Kiichiro Toyoda" a person; "Northfjord's shares" makes "Northfjord
 * Outdoor" an organisation.
 */
export function propagateTypes(mentions: Typed[], work: string): void {
  const surnames = new Set<string>();
  const given = new Set<string>();
  for (const m of mentions) {
    const parts = m.key.split(' ');
    if (m.type !== 'person') continue;
    // "Ms. Venkataraman" makes "Priya Venkataraman" a person too.
    if (parts.length > 1) given.add(parts[0]);
    surnames.add(parts[parts.length - 1]);
  }
  const orgFirst = new Set<string>();
  for (const m of mentions) {
    const before = work.slice(Math.max(0, m.start - 12), m.start);
    if (m.type === 'org' || ORG_AFTER.test(work.slice(m.end, m.end + 40)) || ORG_BEFORE.test(before)) orgFirst.add(m.key.split(' ')[0]);
  }
  // "Chelsea, PAOK and Leicester City", "Todd Boehly and Behdad Eghbali": a name listed with
  // organisations is one, a full name listed with people is a person.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((m, k) => {
    if (m.type || m.rule === 'en.mention.place') return;
    const listed = (type: 'org' | 'person', o: Typed | undefined, from: number, to: number) => o?.type === type && /^(?:, |,? and |,? & )$/.test(work.slice(from, to));
    const withType = (type: 'org' | 'person') => listed(type, sorted[k - 1], sorted[k - 1]?.end ?? 0, m.start) || listed(type, sorted[k + 1], m.end, sorted[k + 1]?.start ?? 0);
    if (withType('org')) {
      m.type = 'org';
      m.rule = 'en.mention.org-in-list';
    } else if (m.key.includes(' ') && withType('person')) {
      m.type = 'person';
      m.rule = 'en.mention.person-in-list';
    }
  });
  for (const m of mentions) {
    if (m.type || m.rule === 'en.mention.place') continue;
    const parts = m.key.split(' ');
    if (parts.length > 1 && (surnames.has(parts[parts.length - 1]) || given.has(parts[0]))) {
      m.type = 'person';
      m.rule = 'en.mention.person-by-name';
    } else if (parts.length > 1 && orgFirst.has(parts[0])) {
      m.type = 'org';
      m.rule = 'en.mention.org-by-context';
    }
  }
}
