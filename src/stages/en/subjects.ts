// Who changes post. With the person before the trigger (P resigned, P, 65, will take over, P, who
// has led X since 2018, will step down, she left): the nearest name or pronoun from which nothing but
// auxiliaries, adverbs, times and asides lead to the trigger, and names listed before it ("Toner,
// McCauley and Sutskever"). With the person after it (the board fired P; named P, X's CFO, and Q, who
// heads …, as interim co-CEOs): the names listed as objects. A trigger chained to the one before it
// ("will step down … and become chairman", "left in August to become CFO of", ", replacing") has
// that trigger's subject.
import type { Mention, TextSpan } from '../../core/types.js';
import { findCues } from '../../dictionary/cues.js';
import type { EnContext } from './context.js';
import { insideQuote } from './quote-spans.js';
import { isSubject, OBJECT_BEFORE, pronounReferent, referents } from './referents.js';

export interface Subject {
  personId: string;
  span: TextSpan;
  confidence: number;
  how: 'subject' | 'pronoun' | 'object' | 'coordinated' | 'chained' | 'plural';
}

/** Words that may stand between a subject and its verb without changing who acts. */
const GAP_WORDS = new Set(
  ('is was were are be been being has have had will would shall also officially formally abruptly quietly suddenly recently now then ' +
    'later subsequently ultimately eventually just already both all each together jointly said says announced announces confirmed ' +
    'confirms that told tells staff employees decided decides to and himself herself itself who which finally last week this year month ' +
    'today yesterday effectively immediately publicly reportedly set expected plans planning going about soon unexpectedly effective in ' +
    'a memo note post statement letter the company firm group bank club university board its his her their too on').split(' '),
);
/** What ends a clause: a subject before it does not reach past it. */
const CLAUSE_BREAK = /[;:]|\band\s+(?:that|then)\b|["“”]/;
const PRONOUN = /\b(he|she)\b/gi;

/** Removes an aside after a name (", OpenAI's chief technology officer,", ", 65,", "(R-Texas)"). */
function strip(gap: string): string {
  return gap.replace(/^,\s[^,;]{1,120},\s*/, ' ').replace(/\([^)]*\)/g, ' ');
}

/** Whether nothing but auxiliaries, adverbs, times, organisation names and asides lie between two offsets. */
export function transparent(ctx: EnContext, from: number, to: number): boolean {
  if (to < from || to - from > 160) return false;
  let gap = ctx.low.slice(from, to);
  for (const b of [...ctx.times, ...ctx.orgs]) if (b.start >= from && b.end <= to) gap = gap.slice(0, b.start - from) + ' '.repeat(b.end - b.start) + gap.slice(b.end - from);
  gap = strip(gap);
  if (CLAUSE_BREAK.test(gap)) return false;
  const words = gap.split(/[^a-z0-9']+/).filter(Boolean);
  return words.length <= 12 && words.every((w) => GAP_WORDS.has(w) || /^\d+$/.test(w));
}

/** The subject of a trigger whose person comes first (with the people listed before it), or none. */
export function subjectBefore(ctx: EnContext, s: TextSpan, at: number): Subject[] {
  const persons = ctx.persons.filter((m) => m.start >= s.start && m.end <= at && !insideQuote(ctx.quotes, m.start));
  let pronoun: TextSpan | null = null;
  for (const m of ctx.work.slice(s.start, at).matchAll(PRONOUN)) {
    const start = s.start + m.index!;
    if (!insideQuote(ctx.quotes, start)) pronoun = { start, end: start + m[0].length, text: ctx.text.slice(start, start + m[0].length) };
  }
  const last = persons[persons.length - 1];
  if (pronoun && (!last || pronoun.start > last.end) && transparent(ctx, pronoun.end, at)) {
    const ref = pronounReferent(referents(ctx), pronoun.start, ctx.low.slice(pronoun.start, pronoun.end) === 'she' ? 'f' : 'm');
    return ref ? [{ personId: ref.entityId, span: pronoun, confidence: 0.8, how: 'pronoun' }] : [];
  }
  for (let k = persons.length - 1; k >= 0; k--) {
    const m = persons[k];
    // "as ten Hag's assistant": a possessive name belongs to an aside.
    if (/^['’]s\b/.test(ctx.work.slice(m.end, m.end + 2))) continue;
    const relative = /^,\s+who\b/.test(ctx.work.slice(m.end, m.end + 8));
    // The object of a verb or preposition is not the subject (the board fired Altman; told Murati) …
    // … unless a relative clause makes it one (succeeding Richard Calloway, who would retire).
    if (!relative && OBJECT_BEFORE.test(ctx.work.slice(Math.max(s.start, m.start - 40), m.start))) continue;
    if (!transparent(ctx, m.end, at)) return [];
    const subject: Subject = { personId: m.entityId, span: m, confidence: 0.92, how: 'subject' };
    return [...listedBefore(ctx, subject), subject];
  }
  return [];
}

/**
 * "Steve Barclay moved from the health department to replace her", "Altman co-founded OpenAI … and
 * became its chief executive": an infinitive of purpose or a second verb of the same clause has the
 * clause's subject.
 */
export function clauseSubject(ctx: EnContext, s: TextSpan, trig: { start: number; cue: string }): Subject[] {
  let gap = ctx.low.slice(Math.max(s.start, trig.start - 40), trig.start);
  for (const t of ctx.times) if (t.start >= trig.start - gap.length && t.end <= trig.start) gap = gap.replace(ctx.low.slice(t.start, t.end), ' ');
  if (!/^to\s/.test(trig.cue) && !/(?:\bto|\band)\s+(?:(?:later|then|also|eventually|soon)\s+)*$/.test(gap.replace(/\s+/g, ' '))) return [];
  // A relative clause that closes before the trigger (", who led the carmaker for two decades,") is an aside.
  const opens = [...ctx.low.slice(s.start, trig.start).matchAll(/[;:]|,\s+(?:but|while|who|which)\s|\bthat\s(?!(?:year|month|day|week|time|role|post|job|date)\b)/g)]
    .map((m) => ({ at: s.start + m.index! + m[0].length, relative: /who|which/.test(m[0]) }))
    .filter((o) => !o.relative || !ctx.low.slice(o.at, trig.start).includes(','));
  const clauseStart = Math.max(s.start, ...opens.map((o) => o.at));
  // The clause's subject: its last name standing as a subject, or a he/she after it.
  const names = ctx.persons.filter((p) => p.start >= clauseStart && p.end <= trig.start && !insideQuote(ctx.quotes, p.start) && isSubject(ctx.work, clauseStart, p));
  const m = names[names.length - 1];
  const pron = [...ctx.low.slice(clauseStart, trig.start).matchAll(/\b(he|she)\s/g)].find((x) => !m || clauseStart + x.index! > m.end);
  if (pron) {
    const at = clauseStart + pron.index!;
    const ref = pronounReferent(referents(ctx), at, pron[1] === 'she' ? 'f' : 'm');
    return ref ? [{ personId: ref.entityId, span: { start: at, end: at + pron[1].length, text: ctx.text.slice(at, at + pron[1].length) }, confidence: 0.75, how: 'chained' }] : [];
  }
  if (!m) return [];
  return [{ personId: m.entityId, span: m, confidence: 0.8, how: 'chained' }];
}

/** "Bob McGrew, the company's chief research officer, and Barret Zoph": people listed before the subject. */
function listedBefore(ctx: EnContext, subject: Subject): Subject[] {
  const out: Subject[] = [];
  let cur = subject.span;
  for (;;) {
    const prev = ctx.persons.filter((m) => m.end <= cur.start && cur.start - m.end <= 130).pop();
    if (!prev) break;
    const gap = strip(ctx.low.slice(prev.end, cur.start)).trim();
    if (!/^(?:,?\s*and|,|&)$/.test(gap)) break;
    out.unshift({ personId: prev.entityId, span: prev, confidence: subject.confidence, how: 'coordinated' });
    cur = prev;
  }
  return out;
}

/** The people named as objects right after a trigger, with where the list ends. */
export function objectsAfter(ctx: EnContext, at: number, to: number): { subjects: Subject[]; end: number } {
  const subjects: Subject[] = [];
  let pos = at;
  for (;;) {
    // "its finance chief, Julia Kerr", "former prime minister David Cameron", "his successor, Diane Koval"
    const p = ctx.persons.find((m) => m.start >= pos && m.end <= to && m.start - pos <= 60);
    if (!p) break;
    const gap = ctx.work.slice(pos, p.start);
    const lead = subjects.length ? /^(?:,[^;.]*?)?,?\s+(?:and|&)\s+(?:[\w.'’-]+\s+){0,4}$/ : /^\s+(?:[\w.'’-]+\s+){0,5}(?:[\w'’-]+,\s+)?$/;
    if (!lead.test(gap) || /\b(?:by|from|to|of|with|for|at)\b/i.test(subjects.length ? gap.replace(/^,[^;.]*?,/, '') : gap)) break;
    // "sacks Braverman and brings back Cameron": a second verb takes its own object.
    if (subjects.length && findCues(ctx.low, ctx.cues, 'trigger', pos, p.start).length) break;
    if (insideQuote(ctx.quotes, p.start)) break;
    subjects.push({ personId: p.entityId, span: p, confidence: 0.9, how: 'object' });
    pos = p.end;
  }
  if (!subjects.length) return { subjects, end: at };
  // The list ends after the last name's aside: ", Intel's chief financial officer," / ", who heads its products business,".
  const rest = ctx.work.slice(pos, to);
  const aside = /^,\s[^,;]{1,120},(?=\s+(?:as|to|and)\b)/.exec(rest) ?? /^,\s[^,;]{1,120}(?=,?\s+(?:as|to)\s)/.exec(rest);
  return { subjects, end: pos + (aside ? aside[0].length : 0) };
}

/** "Both are leaving Inflection": the last two people whose changes were just reported. */
export function pluralSubject(ctx: EnContext, s: TextSpan, at: number, recent: readonly Mention[]): Subject[] {
  if (!/^\s*(?:both(?:\s+of\s+them)?|the\s+two(?:\s+\w+)?)\s+(?:(?:are|were|will|have|had|also|now)\s+)*$/.test(ctx.low.slice(s.start, at))) return [];
  const seen: Mention[] = [];
  for (let k = recent.length - 1; k >= 0 && seen.length < 2; k--) if (!seen.some((m) => m.entityId === recent[k].entityId)) seen.unshift(recent[k]);
  return seen.length === 2 ? seen.map((m) => ({ personId: m.entityId, span: m, confidence: 0.75, how: 'plural' as const })) : [];
}
