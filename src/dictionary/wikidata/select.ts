// Decides, entity by entity, whether a dump entity becomes a dictionary entity, and if so gathers
// what the TSV row needs. Pure: the same entity and selection always give the same answer.
import type { EntityType } from '../../core/types.js';
import { enKey } from '../fold.js';
import { chineseForms, englishAliases, englishName, isLatinName, rawChinese, type ClaimCheck, type EnDropReason, type Tally, type ZhDropReason } from './names.js';
import { currentStatements, isItem, itemValues, qualifierItems, sitelinkCount, snakItem, term, WD, type WdEntity } from './wikidata-json.js';

export type TypeFilter = 'person' | 'org' | 'all';

export interface Selection {
  type: TypeFilter;
  /** Only these QIDs (--qids). */
  qids?: ReadonlySet<string>;
  /** People only: any of these occupations (P106). */
  occupations?: ReadonlySet<string>;
  /** People only: any of these positions held (P39). */
  positions?: ReadonlySet<string>;
  minSitelinks: number;
  /** Direct P31 classes that make an organisation. */
  orgClasses: ReadonlySet<string>;
  /** Gather employers and leaders for --with-employer. */
  withEmployer: boolean;
}

/** What an existing dictionary (the pipeline's) already claims; see existing.ts. */
export interface Claims {
  hasQid(qid: string): boolean;
  /** Taken by an existing entity without a note: the import must not claim it too. */
  zhTaken: ClaimCheck;
  enTaken: ClaimCheck;
}

export const SKIP_REASONS = {
  'no-chinese': 'no Chinese label or alias',
  'not-an-item': 'not an item (a property or lexeme)',
  'not-listed': 'not in the --qids list',
  'not-person-or-org': 'neither a human (P31 Q5) nor an instance of an organisation class',
  'type-filter': 'excluded by --type',
  'occupation-filter': 'no occupation (P106) from --occupation',
  'position-filter': 'no position held (P39) from --position',
  'few-sitelinks': 'fewer sitelinks than --min-sitelinks',
  'in-dictionary': 'already in the dictionary (same QID)',
  'no-english': 'no English label (en, en-gb, en-us)',
  'english-not-latin': 'English label not in Latin script',
  'no-usable-chinese': 'no Chinese form usable as an alias',
  'name-taken': 'English name claimed by an existing dictionary entity that has no note',
  rejected: 'rejected by the dictionary parser',
  'duplicate-qid': 'the same QID as an entity kept earlier (concatenated dumps?)',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export const CEO_ROLE = 'Chief Executive Officer';
/** Roles an organisation names on its own item, for --with-employer. */
const LEADER_ROLES: readonly { property: string; role: string }[] = [
  { property: WD.chiefExecutiveOfficer, role: CEO_ROLE },
  { property: WD.chairperson, role: 'Chairperson' },
];

export interface Candidate {
  qid: string;
  type: EntityType;
  name: string;
  zh: string[];
  enAliases: string[];
  /** English description, to tell apart entities that share an alias. */
  description: string | null;
  sitelinks: number;
  /** People: organisations they work for now (P108, then the "of" of current P39), preferred first. */
  employers: string[];
  /** Organisations: the people their item names as current leaders. */
  leaders: { qid: string; role: string }[];
}

export interface Drops {
  zh: Tally<ZhDropReason>;
  en: Tally<EnDropReason>;
}

/**
 * Cheap test on the raw line, before decoding and parsing: every Chinese label or alias sits under a
 * language key starting with `"zh` (keys are plain ASCII in the dumps, never \u-escaped).
 */
export const mayHaveChinese = (line: Buffer | string): boolean => line.includes('"zh');

export function entityType(e: WdEntity, orgClasses: ReadonlySet<string>): EntityType | null {
  const classes = itemValues(e, WD.instanceOf);
  if (classes.includes(WD.human)) return 'person';
  return classes.some((c) => orgClasses.has(c)) ? 'org' : null;
}

/**
 * The candidate for a dictionary row, or the first reason (in SKIP_REASONS order) it is skipped.
 * Dropped forms of kept and skipped entities alike are counted into `drops`.
 */
export function selectEntity(e: WdEntity, s: Selection, drops: Drops, claims?: Claims): Candidate | SkipReason {
  if (!rawChinese(e).length) return 'no-chinese';
  if (!isItem(e)) return 'not-an-item';
  if (s.qids && !s.qids.has(e.id)) return 'not-listed';
  const type = entityType(e, s.orgClasses);
  if (!type) return 'not-person-or-org';
  if (s.type !== 'all' && s.type !== type) return 'type-filter';
  if (type === 'person' && s.occupations && !itemValues(e, WD.occupation).some((q) => s.occupations!.has(q))) return 'occupation-filter';
  if (type === 'person' && s.positions && !itemValues(e, WD.positionHeld).some((q) => s.positions!.has(q))) return 'position-filter';
  const sitelinks = sitelinkCount(e);
  if (sitelinks < s.minSitelinks) return 'few-sitelinks';
  if (claims?.hasQid(e.id)) return 'in-dictionary';
  const name = englishName(e);
  if (!name) return 'no-english';
  if (!isLatinName(name)) return 'english-not-latin';
  const zh = chineseForms(e, type, drops.zh, claims?.zhTaken);
  if (!zh.length) return 'no-usable-chinese';
  if (claims?.enTaken(enKey(name))) return 'name-taken';
  return {
    qid: e.id,
    type,
    name,
    zh,
    enAliases: englishAliases(e, name, type, drops.en, claims?.enTaken),
    description: term(e.descriptions, 'en'),
    sitelinks,
    employers: s.withEmployer && type === 'person' ? employersOf(e) : [],
    leaders: s.withEmployer && type === 'org' ? leadersOf(e) : [],
  };
}

function employersOf(e: WdEntity): string[] {
  const out: string[] = [];
  const add = (q: string | null) => {
    if (q && q !== e.id && !out.includes(q)) out.push(q);
  };
  for (const s of currentStatements(e, WD.employer)) add(snakItem(s.mainsnak));
  // A position held "of" an organisation (or with an employer qualifier) names where it is held.
  for (const s of currentStatements(e, WD.positionHeld)) for (const q of [...qualifierItems(s, WD.of), ...qualifierItems(s, WD.employer)]) add(q);
  return out;
}

function leadersOf(e: WdEntity): { qid: string; role: string }[] {
  const out: { qid: string; role: string }[] = [];
  for (const { property, role } of LEADER_ROLES)
    for (const s of currentStatements(e, property)) {
      const q = snakItem(s.mainsnak);
      if (q && !out.some((l) => l.qid === q)) out.push({ qid: q, role });
    }
  return out;
}
