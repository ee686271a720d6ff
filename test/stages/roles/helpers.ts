// Shared checks for the roles tests: every match covers its text and matches do not overlap.
import { expect } from 'vitest';
import type { RoleMatch } from '../../../src/stages/roles/index.js';

/** What a table row expects of one match; flags default to false. */
export interface Want {
  text: string;
  en: string;
  former?: boolean;
  interim?: boolean;
}

export function assertWellFormed(input: string, ms: RoleMatch[]): void {
  let last = 0;
  for (const m of ms) {
    expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.text).toBe(m.text.trim());
    last = m.end;
  }
}

export function expectRoles(input: string, ms: RoleMatch[], want: Want[]): void {
  assertWellFormed(input, ms);
  expect(ms.map((m) => ({ text: m.text, en: m.en, former: m.former, interim: m.interim }))).toEqual(
    want.map((w) => ({ text: w.text, en: w.en, former: w.former ?? false, interim: w.interim ?? false })),
  );
}
