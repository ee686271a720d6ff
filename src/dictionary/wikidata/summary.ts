// What an import did, as data (for --json) and as the text the command prints.
import type { Compression } from './dump-source.js';
import { EN_DROP_REASONS, ZH_DROP_REASONS, type EnDropReason, type Tally, type ZhDropReason } from './names.js';
import type { LineProblem } from './scan.js';
import { SKIP_REASONS, type SkipReason } from './select.js';

export interface ImportSummary {
  input: string;
  compression: Compression;
  output: string;
  lines: number;
  /** Well-formed entity lines read. */
  entities: number;
  /** Entities that passed every check (equal to `written` unless the write failed). */
  kept: number;
  written: number;
  people: number;
  organisations: number;
  /** People with an org column (--with-employer). */
  withOrg: number;
  /** Entities given a note because they share an alias. */
  withNote: number;
  skipped: Tally<SkipReason>;
  droppedZh: Tally<ZhDropReason>;
  droppedEn: Tally<EnDropReason>;
  malformed: number;
  malformedLines: LineProblem[];
  rejected: { qid: string; message: string }[];
  stoppedAtLimit: boolean;
  /** Time of the streaming pass, and its rate. */
  seconds: number;
  entitiesPerSecond: number;
}

const n = (x: number): string => x.toLocaleString('en-US');

function tallyLines<K extends string>(tally: Tally<K>, labels: Record<K, string>): string[] {
  return (Object.entries(tally) as [K, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([k, count]) => `    ${n(count).padStart(12)}  ${labels[k]}`);
}

export function formatImportSummary(s: ImportSummary): string {
  const skipped = Object.values(s.skipped).reduce((a: number, b) => a + (b ?? 0), 0);
  const lines = [
    `import-wikidata: ${s.input}${s.compression !== 'none' ? ` (${s.compression})` : ''} → ${s.output}`,
    `  ${n(s.entities)} entities read in ${s.seconds.toFixed(1)} s (${n(Math.round(s.entitiesPerSecond))} entities/s)${s.stoppedAtLimit ? ', stopped at --limit' : ''}`,
    `  ${n(s.kept)} kept, ${n(skipped)} skipped, ${n(s.malformed)} malformed line(s)`,
    `  ${n(s.written)} written: ${n(s.people)} ${s.people === 1 ? 'person' : 'people'}, ${n(s.organisations)} organisation${s.organisations === 1 ? '' : 's'}; ${n(s.withNote)} with a note (shared alias)${s.withOrg ? `, ${n(s.withOrg)} with an org` : ''}`,
  ];
  if (skipped) lines.push('  skipped:', ...tallyLines(s.skipped, SKIP_REASONS));
  if (Object.keys(s.droppedZh).length) lines.push('  Chinese forms dropped:', ...tallyLines(s.droppedZh, ZH_DROP_REASONS));
  if (Object.keys(s.droppedEn).length) lines.push('  English aliases dropped:', ...tallyLines(s.droppedEn, EN_DROP_REASONS));
  if (s.malformed) {
    lines.push(`  malformed lines (first ${s.malformedLines.length}):`, ...s.malformedLines.map((m) => `    line ${m.line}: ${m.message}`));
  }
  if (s.rejected.length) lines.push('  rejected by the parser (first few):', ...s.rejected.map((r) => `    ${r.qid}: ${r.message}`));
  return lines.join('\n') + '\n';
}
