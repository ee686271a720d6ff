// One event per person per change: restatements of a change add evidence to it instead of becoming a
// second event. Language-independent.
import type { EventDraft } from './types.js';

export interface MergedDraft extends EventDraft {
  moreEvidence: EventDraft['evidence'][];
}

const CLASS = { departure: 'out', promotion: 'in', appointment: 'in', quote: 'quote' } as const;
const ORG_STRENGTH = { clause: 4, apposition: 3, fact: 2, sentence: 1, article: 0 } as const;
const ROLE_STRENGTH = { clause: 3, apposition: 2, fact: 1 } as const;

const orgStrength = (d: EventDraft) => (d.orgSource ? ORG_STRENGTH[d.orgSource] : -1);
const roleStrength = (d: EventDraft) => (d.roleSource ? ROLE_STRENGTH[d.roleSource] : 0);
const roleKey = (d: EventDraft) => (d.role ? (d.role.en ?? d.role.text).toLowerCase() : null);

/** Months between two partial dates, comparing at the coarser precision. */
function monthsApart(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  if (ma === undefined || mb === undefined) return Math.abs(ya - yb) * 12;
  return Math.abs(ya * 12 + ma - (yb * 12 + mb));
}

function datesCompatible(a: EventDraft, b: EventDraft): boolean {
  if (!a.date || !b.date) return true;
  const x = a.date.value;
  const y = b.date.value;
  if (x.startsWith(y) || y.startsWith(x)) return true;
  // 已於1日退休 and 2日宣布: days a few apart name one change.
  if (x.length === 10 && y.length === 10 && Math.abs(Date.parse(x) - Date.parse(y)) <= 7 * 86_400_000) return true;
  // "2个月前" and "今年8月" can name the same month: relative dates are approximate by one unit.
  return (a.date.relative || b.date.relative) && monthsApart(x, y) <= 1;
}

function sameChange(a: MergedDraft, b: EventDraft): boolean {
  if (a.personId !== b.personId || CLASS[a.type] !== CLASS[b.type] || a.type === 'quote') return false;
  // A role read from the statement itself distinguishes changes; one filled in from elsewhere in the
  // article (a departure's last known role) does not.
  const ra = a.roleSource === 'clause' ? roleKey(a) : null;
  const rb = b.roleSource === 'clause' ? roleKey(b) : null;
  if (a.type !== b.type && (!ra || ra !== rb)) return false;
  if (ra && rb && ra !== rb) return false;
  // Two organisations each read from the clause itself are two changes (left Google, later left OpenAI).
  // Two organisations each read from the text near the statement are two changes (left Google, later
  // left OpenAI); only the article's main organisation, a last resort, yields to the other.
  if (a.orgId && b.orgId && a.orgId !== b.orgId && orgStrength(a) >= 1 && orgStrength(b) >= 1) return false;
  return datesCompatible(a, b);
}

/** Takes the better-supported value of each argument from a restatement. */
function absorb(into: MergedDraft, d: EventDraft): void {
  if (d.type === 'promotion' && into.type === 'appointment') {
    into.type = 'promotion';
    into.rule = d.rule;
  }
  if (orgStrength(d) > orgStrength(into)) {
    into.orgId = d.orgId;
    into.orgSource = d.orgSource;
  }
  if (roleStrength(d) > roleStrength(into)) {
    into.role = d.role;
    into.roleSource = d.roleSource;
  }
  if (d.date && (!into.date || (into.date.relative && !d.date.relative) || (d.date.value.startsWith(into.date.value) && d.date.value.length > into.date.value.length))) {
    into.date = d.date;
  }
  into.confidence = Math.min(0.99, Math.max(into.confidence, d.confidence) + 0.03);
  into.moreEvidence.push(d.evidence);
}

/** How much a statement says: the one saying most becomes the event's main evidence. */
const informative = (d: EventDraft) => (d.role && d.roleSource === 'clause' ? 2 : 0) + (d.date ? 1 : 0) + (d.orgSource === 'clause' ? 1 : 0);

export function mergeRestatements(drafts: EventDraft[]): MergedDraft[] {
  const out: MergedDraft[] = [];
  for (const d of [...drafts].sort((a, b) => a.trigger.start - b.trigger.start)) {
    if (d.type === 'quote') {
      if (!out.some((o) => o.type === 'quote' && o.quote && d.quote && o.quote.start === d.quote.start)) out.push({ ...d, moreEvidence: [] });
      continue;
    }
    const target = out.find((o) => sameChange(o, d));
    if (!target) {
      out.push({ ...d, moreEvidence: [] });
      continue;
    }
    const swap = informative(d) > informative(target);
    absorb(target, d);
    if (swap) {
      // Keep the most informative statement as the main evidence.
      const main = target.evidence;
      target.evidence = d.evidence;
      target.moreEvidence = target.moreEvidence.filter((e) => e !== d.evidence);
      target.moreEvidence.unshift(main);
      target.trigger = d.trigger;
    }
  }
  return out;
}
