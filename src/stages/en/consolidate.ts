// Dates across the statements of one change, before restatements are merged: a change announced on
// one day and taking effect on another carries its effective date ("named … as its next CEO" on
// Wednesday, "will take over … on March 18"; "appointed … last month and will start the job on 1
// January"), and a departure and appointment stated together ("will
// step down as president and become chairman") share the date either of them is given.
import type { EventDraft } from '../events/types.js';

export interface DraftMeta {
  /** Dated by an announcement ("said on Tuesday"), not by the change. */
  weak: boolean;
  /** Dated by an effective or future date. */
  effective: boolean;
  /** The other half of a paired change (leave X and become Y). */
  pair: EventDraft | null;
}

const CLASS = { departure: 'out', promotion: 'in', appointment: 'in', quote: 'quote' } as const;
const roleKey = (d: EventDraft) => (d.role && d.roleSource === 'clause' ? (d.role.en ?? d.role.text).toLowerCase() : null);

export function consolidate(drafts: readonly EventDraft[], meta: Map<EventDraft, DraftMeta>): void {
  for (const d of drafts) {
    const m = meta.get(d);
    if (!m || m.effective) continue;
    const better = drafts.find((x) => x !== d && meta.get(x)?.effective && x.date && x.personId === d.personId && CLASS[x.type] === CLASS[d.type] && sameRole(x, d) && announces(d, x) && (!x.orgId || !d.orgId || x.orgId === d.orgId || x.orgSource !== 'clause' || d.orgSource !== 'clause'));
    if (better) {
      d.date = better.date;
      m.effective = true;
    }
  }
  for (const d of drafts) {
    const m = meta.get(d);
    const other = m?.pair;
    if (!m || !other) continue;
    // A departure read from "replacing X" gives way to X's own dated statement ("who left in February").
    if (d.rule === 'en.departure.succession' && drafts.some((x) => x !== d && x.personId === d.personId && x.type === 'departure' && x.date)) continue;
    const om = meta.get(other)!;
    if (om.effective && !m.effective && other.date) {
      d.date = other.date;
      m.effective = true;
    } else if (m.effective && !om.effective && d.date) {
      other.date = d.date;
      om.effective = true;
    }
  }
}

/** An announcement comes weeks or months before the change takes effect, not years ("joined in 2021" is another change). */
function announces(d: EventDraft, effective: EventDraft): boolean {
  if (!d.date) return true;
  const [y1, m1 = 6] = d.date.value.split('-').map(Number);
  const [y2, m2 = 6] = effective.date!.value.split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1);
  return months >= 0 && months <= 12;
}

function sameRole(a: EventDraft, b: EventDraft): boolean {
  const ra = roleKey(a);
  const rb = roleKey(b);
  return !ra || !rb || ra === rb;
}
