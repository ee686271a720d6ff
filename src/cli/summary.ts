import type { BatchSummary } from '../runner.js';

export function formatSummary(s: BatchSummary, verb: string): string {
  const ev = Object.entries(s.events).map(([t, n]) => `${n} ${t}`).join(', ');
  return [
    `${verb}: ${s.inputs} input(s), ${s.read} article(s) read: ${s.stored} stored, ${s.unchanged} unchanged, ${s.updated} updated, ${s.failed} failed (${s.seconds.toFixed(1)} s)`,
    `events: ${ev}`,
    `database: ${s.db}`,
    ...(s.failed ? [`${s.failed} input(s) or article(s) failed; each is listed above with what to do`] : []),
  ].join('\n') + '\n';
}
