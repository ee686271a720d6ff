// An unknown native name (jieba's nr tag) becomes a person only where a person is expected: after a
// title (董事长王志强), before one (王志强董事长), or as the subject of an event or quote verb. jieba tags
// many ordinary words nr (元老, 荣幸), so the tag alone is not enough.
import { findCues, type CueSet } from '../../dictionary/cues.js';
import { findRolesZh } from '../roles/index.js';
import type { NameMention } from './types.js';

export function licensedNativeName(work: string, m: NameMention, cues: CueSet): boolean {
  const lineStart = Math.max(work.lastIndexOf('\n', m.start) + 1, m.start - 16);
  const before = work.slice(lineStart, m.start);
  if (findRolesZh(before).some((r) => r.end >= before.length - 1)) return true;
  const clauseEnd = (() => {
    const rest = work.slice(m.end, m.end + 24);
    const k = rest.search(/[,，。;；!?！？\n]/);
    return m.end + (k < 0 ? rest.length : k);
  })();
  const after = work.slice(m.end, clauseEnd);
  if (findRolesZh(after).some((r) => r.start <= 1)) return true;
  const verbs = [...findCues(work, cues, 'trigger', m.end, clauseEnd), ...findCues(work, cues, 'quote-verb', m.end, clauseEnd)];
  return verbs.some((v) => v.start - m.end <= 8);
}
