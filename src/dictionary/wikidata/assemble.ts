// After the scan: the steps that need every kept entity at once. Ids (slug collisions), notes
// (shared aliases) and affiliations (--with-employer) all depend on the other entities.
import { affiliations } from './employer.js';
import type { ExistingDictionary } from './existing.js';
import { assignIds } from './ids.js';
import { sharedAliasNotes } from './notes.js';
import type { Row } from './rows.js';
import type { Candidate } from './select.js';

export function assembleRows(candidates: readonly Candidate[], options: { withEmployer: boolean; existing?: ExistingDictionary }): Row[] {
  const ids = assignIds(candidates, options.existing?.ids);
  const notes = sharedAliasNotes(candidates, ids, options.existing);
  const affiliated = options.withEmployer ? affiliations(candidates, ids) : new Map();
  return candidates.map((c) => {
    const a = affiliated.get(c.qid);
    return { id: ids.get(c.qid)!, candidate: c, org: a?.org ?? null, role: a?.role ?? null, note: notes.get(c.qid) ?? null };
  });
}
