// Small helpers for the benchmark: medians over rounds, clocks, formatting. Nothing here is timed.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
  values: number[];
}

export function summarise(values: readonly number[]): Summary {
  const v = values.filter((x) => Number.isFinite(x));
  const s = [...v].sort((a, b) => a - b);
  const n = s.length;
  const median = n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { median, min: s[0] ?? NaN, max: s[n - 1] ?? NaN, n, values: [...values] };
}

/** Milliseconds, monotonic. */
export const now = (): number => performance.now();

/** CPU time (user + system) of this process, in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `fn` and returns its wall time in ms (and its result). */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t = now();
  const value = fn();
  return { ms: now() - t, value };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = now();
  const value = await fn();
  return { ms: now() - t, value };
}

/** 1234567 → "1.23 M", 12345 → "12.3 k". */
export function si(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return 'n/a';
  const a = Math.abs(x);
  if (a >= 1e6) return `${(x / 1e6).toPrecision(digits)} M`;
  if (a >= 1e3) return `${(x / 1e3).toPrecision(digits)} k`;
  return x.toPrecision(digits);
}

export const fmtRatio = (x: number): string => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(3) : x.toPrecision(3)) : 'n/a');
export const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'n/a');

/** "median (min–max)" of a summary, formatted with `f`. */
export const mmm = (s: Summary, f: (x: number) => string): string => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

/** A plain text table with left-aligned first column and right-aligned others. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The order of the two (or more) subjects in round `r`: alternated so slow drift on a shared machine cancels out. */
export function interleave<T>(items: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...items] : [...items].reverse();
}

/** Wall and CPU time (this process: user + system, all threads) of a piece of work, in ms. */
export interface Cost {
  wall: number;
  cpu: number;
}

export const zeroCost = (): Cost => ({ wall: 0, cpu: 0 });

/** Runs `fn`, adding its wall and CPU time to `into`. */
export function measure<T>(into: Cost, fn: () => T): T {
  const c = process.cpuUsage();
  const t = performance.now();
  try {
    return fn();
  } finally {
    into.wall += performance.now() - t;
    const d = process.cpuUsage(c);
    into.cpu += (d.user + d.system) / 1000;
  }
}

export async function measureAsync<T>(into: Cost, fn: () => Promise<T>): Promise<T> {
  const c = process.cpuUsage();
  const t = performance.now();
  try {
    return await fn();
  } finally {
    into.wall += performance.now() - t;
    const d = process.cpuUsage(c);
    into.cpu += (d.user + d.system) / 1000;
  }
}

/** `items` rotated left by `k`: the order of subjects for chunk k, so each subject runs first, middle and last equally often. */
export function rotate<T>(items: readonly T[], k: number): T[] {
  const n = items.length;
  const s = ((k % n) + n) % n;
  return [...items.slice(s), ...items.slice(0, s)];
}
