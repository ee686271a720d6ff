import { describe, expect, it } from 'vitest';
import { affiliations } from '../../../src/dictionary/wikidata/employer.js';
import { assignIds, slugify } from '../../../src/dictionary/wikidata/ids.js';
import { sharedAliasNotes } from '../../../src/dictionary/wikidata/notes.js';
import type { Candidate } from '../../../src/dictionary/wikidata/select.js';

describe('ids', () => {
  it('slugs the English name: lowercase kebab, no diacritics', () => {
    expect(slugify('Satya Nadella')).toBe('satya-nadella');
    expect(slugify('Tesla, Inc.')).toBe('tesla-inc');
    expect(slugify('Søren Kierkegaard')).toBe('soren-kierkegaard');
    expect(slugify('José María Álvarez-Pallete')).toBe('jose-maria-alvarez-pallete');
    expect(slugify("Moody's")).toBe('moodys');
    expect(slugify('AT&T')).toBe('at-and-t');
    expect(slugify('Straße GmbH')).toBe('strasse-gmbh');
    expect(slugify('Москва')).toBe('');
  });

  it('caps long slugs at a word boundary', () => {
    const s = slugify('The International Bank for Reconstruction and Development of Very Long Names Incorporated');
    expect(s).toBe('the-international-bank-for-reconstruction-and-development-of');
    expect(slugify('a'.repeat(70))).toBe('a'.repeat(60));
  });

  it('adds the QID to every entity sharing a slug, whatever the order', () => {
    const a = { qid: 'Q123', name: 'John Smith' };
    const b = { qid: 'Q456', name: 'John  Smith' };
    const c = { qid: 'Q7', name: 'Jane Roe' };
    const ids = assignIds([a, b, c]);
    expect(ids.get('Q123')).toBe('john-smith-q123');
    expect(ids.get('Q456')).toBe('john-smith-q456');
    expect(ids.get('Q7')).toBe('jane-roe');
    expect(assignIds([c, b, a])).toEqual(ids);
  });

  it('avoids ids the existing dictionaries use, and falls back to the QID when nothing is Latin', () => {
    const ids = assignIds([{ qid: 'Q9', name: 'Tim Cook' }, { qid: 'Q8', name: 'Москва' }], new Set(['tim-cook']));
    expect(ids.get('Q9')).toBe('tim-cook-q9');
    expect(ids.get('Q8')).toBe('q8');
  });
});

const cand = (c: Partial<Candidate> & { qid: string; name: string }): Candidate => ({
  type: 'person',
  zh: [],
  enAliases: [],
  description: null,
  sitelinks: 0,
  employers: [],
  leaders: [],
  ...c,
});

describe('notes for shared aliases', () => {
  it('notes every entity sharing a folded alias, with its description and the others', () => {
    const es = [
      cand({ qid: 'Q1', name: 'Zhang Wei', zh: ['张伟'], description: 'Chinese swimmer' }),
      cand({ qid: 'Q2', name: 'Wei Zhang', zh: ['張偉'], description: 'Chinese economist' }),
      cand({ qid: 'Q3', name: 'Li Na', zh: ['李娜'] }),
    ];
    const ids = new Map([['Q1', 'zhang-wei'], ['Q2', 'wei-zhang'], ['Q3', 'li-na']]);
    const notes = sharedAliasNotes(es, ids);
    expect(notes.get('Q1')).toBe('Wikidata Q1: Chinese swimmer. Shares 张伟 with wei-zhang');
    expect(notes.get('Q2')).toBe('Wikidata Q2: Chinese economist. Shares 張偉 with zhang-wei');
    expect(notes.has('Q3')).toBe(false);
  });

  it('names existing dictionary entities that share an alias', () => {
    const notes = sharedAliasNotes([cand({ qid: 'Q1', name: 'Daniel Zhang', zh: ['张勇'] })], new Map([['Q1', 'daniel-zhang-q1']]), {
      zhClaimants: (k) => (k === '张勇' ? ['zhang-yong-haidilao'] : []),
      enClaimants: () => [],
    });
    expect(notes.get('Q1')).toBe('Wikidata Q1. Shares 张勇 with zhang-yong-haidilao');
  });
});

describe('affiliations (--with-employer)', () => {
  const ids = new Map([['Q1', 'ann'], ['Q2', 'bob'], ['Q10', 'acme'], ['Q11', 'zeta']]);
  it('prefers a CEO named by an organisation, then a chair, then the employer; only imported orgs', () => {
    const es = [
      cand({ qid: 'Q1', name: 'Ann', employers: ['Q99', 'Q11'] }),
      cand({ qid: 'Q2', name: 'Bob', employers: ['Q11'] }),
      cand({ qid: 'Q10', name: 'Acme', type: 'org', leaders: [{ qid: 'Q2', role: 'Chairperson' }] }),
      cand({ qid: 'Q11', name: 'Zeta', type: 'org', leaders: [{ qid: 'Q2', role: 'Chief Executive Officer' }] }),
    ];
    const a = affiliations(es, ids);
    expect(a.get('Q1')).toEqual({ org: 'zeta', role: null });
    expect(a.get('Q2')).toEqual({ org: 'zeta', role: 'Chief Executive Officer' });
    expect(a.has('Q10')).toBe(false);
  });
});
