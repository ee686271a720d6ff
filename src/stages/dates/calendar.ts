// Proleptic Gregorian arithmetic on plain numbers, in UTC so the host time zone never shifts a day.

import type { DatePrecision } from './types.js';

/** A calendar date known to some precision: month and day are present only when known. */
export interface PartialYmd {
  y: number;
  m?: number;
  d?: number;
}

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m?: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return false;
  if (m === undefined) return d === undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

export function precisionOf(p: PartialYmd): DatePrecision {
  return p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
}

export function formatYmd(p: PartialYmd): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  let out = String(p.y).padStart(4, '0');
  if (p.m !== undefined) out += `-${pad(p.m)}`;
  if (p.m !== undefined && p.d !== undefined) out += `-${pad(p.d)}`;
  return out;
}

/** Day arithmetic through a UTC timestamp. */
export function addDays(y: number, m: number, d: number, n: number): Required<PartialYmd> {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The coarsest date that still holds both ends of a range: same month → month, same year → year. */
export function commonPrefix(a: Required<PartialYmd>, b: Required<PartialYmd>): PartialYmd | null {
  if (a.y !== b.y) return null;
  if (a.m !== b.m) return { y: a.y };
  if (a.d !== b.d) return { y: a.y, m: a.m };
  return { ...a };
}
