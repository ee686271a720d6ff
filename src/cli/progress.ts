// A one-line progress bar on a terminal; nothing when stderr is not a terminal.
import type { Progress } from '../runner.js';
import type { Io } from './spec.js';

export function progressBar(io: Io, label: string): { update: (p: Progress) => void; done: () => void } {
  if (!io.tty) return { update: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.inputsDone < p.inputsTotal) return;
      last = now;
      const width = 28;
      const filled = p.inputsTotal ? Math.round((width * p.inputsDone) / p.inputsTotal) : width;
      io.err(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.inputsDone}/${p.inputsTotal}  articles ${p.articles}  failed ${p.failed} `);
      shown = true;
    },
    done() {
      if (shown) io.err('\r\x1b[2K');
    },
  };
}
