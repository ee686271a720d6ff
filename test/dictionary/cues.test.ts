import { describe, expect, it } from 'vitest';
import { findCues, loadCues } from '../../src/dictionary/cues.js';

describe('cue words', () => {
  it('loads both languages and prefers the longest cue at a place', () => {
    const zh = loadCues('zh');
    const found = findCues('他被任命为首席执行官', zh, 'trigger');
    expect(found.map((f) => f.cue.cue)).toEqual(['被任命为']);
    expect(found[0].cue.event).toBe('appointment');
  });
  it('matches English cues on whole words only', () => {
    const en = loadCues('en');
    expect(findCues('she is quite sure', en, 'trigger').map((f) => f.cue.cue)).toEqual([]);
    expect(findCues('she quit on monday', en, 'trigger').map((f) => f.cue.cue)).toEqual(['quit']);
    expect(findCues('he stepped down as ceo', en, 'trigger').map((f) => f.cue.cue)).toEqual(['stepped down']);
  });
});
