// --with-employer: the org (and role) columns of imported people, from organisations imported in
// the same run. An organisation's own item naming someone its CEO or chair is the strongest
// evidence and also gives the role; then the person's current employer (P108) and the "of" of a
// current position held (P39). Only imported organisations count, so the file loads on its own.
import { CEO_ROLE, type Candidate } from './select.js';

export interface Affiliation {
  org: string;
  role: string | null;
}

/** Person QID → affiliation; `ids` maps QIDs to dictionary ids. */
export function affiliations(entities: readonly Candidate[], ids: ReadonlyMap<string, string>): Map<string, Affiliation> {
  const orgs = new Map<string, Candidate>();
  for (const e of entities) if (e.type === 'org') orgs.set(e.qid, e);
  // Leaders named by organisations, by person; organisations in id order so the choice is stable.
  const led = new Map<string, Affiliation[]>();
  const byId = [...orgs.values()].sort((a, b) => (ids.get(a.qid)! < ids.get(b.qid)! ? -1 : 1));
  for (const org of byId)
    for (const l of org.leaders) {
      const list = led.get(l.qid) ?? [];
      list.push({ org: ids.get(org.qid)!, role: l.role });
      led.set(l.qid, list);
    }
  const out = new Map<string, Affiliation>();
  for (const p of entities) {
    if (p.type !== 'person') continue;
    const roles = led.get(p.qid) ?? [];
    // Leaders lists CEOs before chairs on each item: prefer a CEO role anywhere, then the first.
    const lead = roles.find((r) => r.role === CEO_ROLE) ?? roles[0];
    if (lead) {
      out.set(p.qid, lead);
      continue;
    }
    const employer = p.employers.find((q) => orgs.has(q));
    if (employer) out.set(p.qid, { org: ids.get(employer)!, role: null });
  }
  return out;
}
