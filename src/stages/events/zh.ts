// Chinese personnel changes: a trigger (离职, 升任, 担任 …) with its person, organisation, role and date,
// unless a negation, denial, hypothesis, continuation or tenure statement cancels it.
import { findCues, type CueSet } from '../../dictionary/cues.js';
import type { Mention, Sentence, TextSpan, Token } from '../../core/types.js';
import { clauses } from '../sentences/index.js';
import type { AffiliationFact, EventDraft, EventInput, RoleSpan, TimeSpan } from './types.js';

/** Words that may stand between a subject and its trigger without changing who acts. */
const GAP_VERBS = new Set(['公司', '该公司', '本公司', '重返', '回归', '重新', '加入', '加盟', '宣誓', '最终', '还是', '决定', '宣布', '选择', '计划', '打算', '准备', '同意', '表示', '称', '透露', '确认', '证实', '官宣', '要', '会', '想', '将', '正式', '已', '也', '即将', '随即', '提出', '申请', '主动', '被迫', '自愿', '获', '于', '在', '从', '由', '突然', '再度', '再次', '已经', '正式宣布', '日前', '近日', '今天', '昨天', '刚刚', '宣告', '递交', '向', '获得', '得以', '成功', '顺利', '本人', '自己']);
const GAP_TAGS = new Set(['d', 'c', 'p', 't', 'm', 'q', 'f', 'ul', 'uz', 'ug', 'ud', 'uv', 'zg', 'x']);
/** Cues by which a successor takes over whatever post the predecessor left. */
const SUCCESSION = /^(?:接任|接棒|接替|接掌|继任|代理|暂代|代为履行)$/;
/** Prepositions that make the following person an object, not the subject. */
const OBJECT_MARKERS = ['从', '对', '向', '把', '给', '替', '为', '跟', '同', '让', '令', '使', '接替', '取代', '与', '代替', '比'];
const PRONOUNS = /[他她]/;
/** A temporal adverbial (在…时 / 在…后) is transparent between a subject and its verb. */
const TEMPORAL = /在[^,，。;；]{0,24}(?:时|之时|后|之后|期间|之际|以来|前|中|上|里|内)(?![^,，。;；]{0,24}?(?:时|后|期间|之际|中|上|里|内)$)|以[^,，。;；]{0,30}?(?:身份|名义)|因[^,，。;；]{0,20}?而|因[^,，。;；]{0,12}?(?:原因|考虑|问题)|因故|向[^,，。;；]{1,8}?(?=请辞|辞职|提出|递交|表示|宣布|说|$)|接受[^,，。;；]{0,10}?采访时?|加入[^,，。;；]{0,16}?(?:公司|机构|企业|集团|团队|基金|实验室)|对[^,，。;；]{1,8}?(?=说|表示|称|透露|坦言|直言|$)|出于[^,，。;；]{0,12}?(?:原因|考虑)|[由从][^,，。;；]{0,12}?(?:总裁|总经理|行长|主任|主席|官|长|总监|经理|董事|师|员|CEO|CFO|COO|CTO)(?=升任|晋升|调任|转任|接任|出任|担任|升为|$)|在[^,，。;；、]{1,10}?(?=宣誓|正式|宣布|表示|确认|官宣|$)/g;

export interface Ctx {
  input: EventInput;
  cues: CueSet;
  persons: Mention[];
  orgs: Mention[];
  facts: AffiliationFact[];
  mainOrg: string | null;
}

export function zhContext(input: EventInput, cues: CueSet): Ctx {
  const persons = input.mentions.filter((m) => m.type === 'person');
  const orgs = input.mentions.filter((m) => m.type === 'org');
  return { input, cues, persons, orgs, facts: [], mainOrg: mainOrganisation(orgs.filter((o) => !formerAffiliation(input.work, o))) };
}

export function extractEventsZh(input: EventInput, cues: CueSet, ctx: Ctx = zhContext(input, cues)): EventDraft[] {
  ctx.facts.push(...appositionFacts(ctx));
  const drafts: EventDraft[] = [];
  for (const s of input.sentences) drafts.push(...sentenceEvents(ctx, s));
  // Departures without their own role or organisation take them from what the article says elsewhere.
  for (const d of drafts) if (d.type === 'departure') fillFromFacts(ctx, d);
  for (const d of drafts) if (d.type === 'departure') governmentOrg(input, d);
  for (const d of drafts) fillSuccessorRole(ctx, drafts, d);
  for (const d of drafts) fillOrgZh(input, d);
  return drafts.filter((d) => d.type === 'departure' || d.role || d.orgSource === 'clause' || d.orgSource === 'apposition' || d.orgSource === 'fact');
}

/** The organisation the article is about: the most mentioned one. */
function mainOrganisation(orgs: Mention[]): string | null {
  const count = new Map<string, number>();
  for (const m of orgs) count.set(m.entityId, (count.get(m.entityId) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [id, c] of count) if (c > n) [best, n] = [id, c];
  return best;
}

const within = (m: { start: number; end: number }, from: number, to: number) => m.start >= from && m.end <= to;

function sentenceEvents(ctx: Ctx, s: Sentence): EventDraft[] {
  const { input, cues } = ctx;
  const { work } = input;
  const out: EventDraft[] = [];
  const quoted = quotedRanges(work, s);
  const cls = clauses(work, s, 'zh');
  const times = input.times(s.start, s.end);
  const roles = input.roles(s.start, s.end);
  const continuation = findCues(work, cues, 'continuation', s.start, s.end);
  const negations = findCues(work, cues, 'negation', s.start, s.end);
  const denials = findCues(work, cues, 'denial', s.start, s.end);
  const hypotheticals = findCues(work, cues, 'hypothetical', s.start, s.end);
  const tenures = findCues(work, cues, 'tenure', s.start, s.end);
  const boundaries = wordBoundaries(input.tokens, s);

  for (const trig of findCues(work, cues, 'trigger', s.start, s.end)) {
    if (quoted.some((q) => trig.start >= q.start && trig.end <= q.end)) continue;
    if (continuation.some((c) => c.start <= trig.start && c.end >= trig.start)) continue;
    // The trigger must start and end on word boundaries (担任 inside 承担任务 is not 担任).
    if ((!boundaries.starts.has(trig.start) && trig.cue.cue !== '任') || !boundaries.ends.has(trig.end)) continue;
    const clause = cls.find((c) => c.start <= trig.start && trig.start < c.end) ?? s;
    const before = work.slice(clause.start, trig.start);
    // 并未离职 / 从未在英特尔担任过: a negation right before the trigger, or before a place or organisation phrase.
    const negGap = (n: { end: number }) => blankOrgs(ctx, n.end, trig.start).replace(/^[在于从]\s*/, '');
    if (negations.some((n) => n.end <= trig.start && n.start >= clause.start && /^[会再曾打算将要能想愿过]{0,2}$/.test(negGap(n)))) continue;
    // 关于X晋升的消息纯属谣言: a report of the change, denied after it.
    if (denials.some((d) => d.start >= trig.end) && /(?:消息|传闻|传言|说法|报道)/.test(work.slice(trig.end, s.end))) continue;
    // 公司曾否认…离职的消息，但…最终还是离开了公司: a "but" after the denial reports what happened.
    if (denials.some((d) => d.end <= trig.start && !/但|不过|然而|最终|仍然|还是/.test(work.slice(d.end, trig.start)))) continue;
    if (hypotheticals.some((h) => h.start < trig.start && h.end <= trig.end && h.start >= s.start && !/^(?:计划|打算|拟)$/.test(h.cue.cue))) continue;
    // 在上任仅三个月后: a trigger inside a temporal adverbial is not itself the news.
    if (/在$/.test(work.slice(clause.start, trig.start)) && /^[^,，。;；]{0,12}?(?:后|时|之际|期间)/.test(work.slice(trig.end, clause.end))) continue;
    if (hypotheticals.some((h) => /^(?:计划|打算|拟)$/.test(h.cue.cue) && h.end <= trig.start && h.start >= clause.start && !/宣布|决定|已/.test(before))) continue;
    const inMention = (a: { start: number; end: number }) => input.mentions.some((m) => m.start < a.end && a.start < m.end);
    // 自2015年起担任 / 2016年以来担任: a tenure, not a change.
    // (自即日起 is "with effect from today": a change, not a tenure.)
    const since = times.some((t) => t.start >= clause.start && t.end <= trig.start && /^(?:自|从).*(?:起|以来|开始)$|(?:以来|起)$/.test(t.text) && !/即日|今日|今天/.test(t.text) && trig.start - t.end <= 4);
    const tenure = since || tenures.some((t) => t.start < trig.start && t.end <= trig.end && t.start >= clause.start && !inMention(t));

    const subjects = findSubjects(ctx, cls, clause, trig);
    if (!subjects.length) continue;
    const after = objectWindow(work, trig.end, clause.end);
    const role = joinedRole(roles, pickRole(ctx, roles, trig, clause, after, work, subjects[0].how === 'object' ? subjects[subjects.length - 1] : null, subjects[0].personId), work);
    const org = pickOrg(ctx, clause, trig, after, subjects[0].mention);
    const event = trig.cue.event!;
    // 此前曾于2013年至2022年担任: strong markers of background and spans of years are tenures whatever
    // the date; a bare 曾 with a dated context is a change (在2023年的风波中，她曾担任临时CEO).
    const strongTenure = since || tenures.some((t) => t.start < trig.start && t.end <= trig.end && t.start >= clause.start && t.cue.cue !== '曾' && !inMention(t)) || /至|到|-/.test(times.filter((t) => t.start >= clause.start && t.end <= trig.start).map((t) => work.slice(t.end, t.end + 1)).join(''));
    const datedClause = !strongTenure && pickDate(ctx, times, cls, clause, trig, s) !== null;
    if (tenure && !datedClause) {
      // Background (此前曾在谷歌担任研究科学家): not a change, but it says where the person was.
      for (const subj of subjects) ctx.facts.push({ personId: subj.personId, orgId: org?.id ?? null, role: role ? { text: role.text, en: role.en } : null, at: trig.start, source: 'tenure' });
      continue;
    }
    // 成为 needs a post: "成为一家重要公司" or "成为了一名天使投资人" is not an appointment.
    if (trig.cue.cue === '成为' && (!role || /^了?(?:一名|一位|一个)/.test(work.slice(trig.end, role.start)))) continue;
    // 郭子涵任云江科技大学校长: the bare 任 only right after a name and before a post.
    if (trig.cue.cue === '任' && (!role || !subjects.some((x) => x.span.end === trig.start))) continue;
    // A change to no post at no organisation says nothing, unless a successor takes a predecessor's post.
    if (event !== 'departure' && !role && !org && !SUCCESSION.test(trig.cue.cue)) continue;
    if (/^(?:告别|接手|入主)$/.test(trig.cue.cue) && !(org && org.source === 'clause' && org.span.start >= trig.end)) continue;
    if (/离开$/.test(trig.cue.cue) && !(org && org.span.start >= trig.end) && /^了?\p{Script=Han}/u.test(work.slice(trig.end, trig.end + 2)) && !/^了?(?:公司|本公司|该公司|集团|团队|岗位|职位|管理层|董事会|这家|此前|了?$)/.test(work.slice(trig.end, trig.end + 4))) continue;
    const date = pickDate(ctx, times, cls, clause, trig, s);
    for (const subj of subjects) {
      // 马克陈(Mark Chen)将成为…: evidence starts at the Chinese name, not inside the gloss.
      const partner = work[subj.span.start - 1] === '(' ? ctx.persons.find((m) => m.end === subj.span.start - 1 && m.entityId === subj.personId) : undefined;
      if (partner) subj.span = { start: partner.start, end: subj.span.end, text: input.text.slice(partner.start, subj.span.end) };
      // 副行长赵敏…为行长 / 由高级副总裁升任总裁: moving up the same ladder is a promotion.
      const formerRank = roles.filter((r) => r.end <= subj.span.start && subj.span.start - r.end <= 1 && r.start >= clause.start).pop() ?? roles.find((r) => r.start > subj.span.end && r.end <= trig.start && /[由从]$/.test(work.slice(r.start - 1, r.start)));
      // 代理 / 代为履行 / 暂代 / 临时负责: an acting or interim appointment, not a move up.
      const acting = /^(?:代理|代为履行|暂代)$/.test(trig.cue.cue) ? 'Acting' : /^临时/.test(trig.cue.cue) ? 'Interim' : null;
      // Only a current post in the same organisation counts (not 前董事, not 来自宝洁的市场总监).
      const sameOrg = !ctx.orgs.some((o) => o.start >= clause.start && o.end <= subj.span.start && formerAffiliation(work, o));
      const type = event === 'appointment' && role && !acting && formerRank && !formerRank.former && sameOrg && isLowerRank(formerRank.en, role.en) ? 'promotion' : event;
      const start = Math.min(subj.span.start, trig.start, role && role.start < trig.start ? role.start : Infinity);
      const end = Math.max(trig.end, subj.span.end, role && role.end <= clause.end ? role.end : 0, org && org.source === 'clause' && org.span.end <= clause.end ? org.span.end : 0);
      const draft: EventDraft = {
        type,
        personId: subj.personId,
        orgId: org?.id ?? null,
        orgSource: org?.source ?? null,
        role: role ? { text: role.text, en: acting && role.en && !/^(?:Acting|Interim) /.test(role.en) ? `${acting} ${role.en}` : role.en } : null,
        roleSource: role ? 'clause' : null,
        date,
        quote: null,
        evidence: { start, end, text: input.text.slice(start, end) },
        trigger: { start: trig.start, end: trig.end, text: input.text.slice(trig.start, trig.end) },
        confidence: subj.confidence * (role || org?.source === 'clause' ? 1 : 0.92),
        roleKind: role?.kind,
        priorRole: formerRank && !formerRank.former && sameOrg ? formerRank.en : null,
        rule: `zh.${type}.${trig.cue.frame}${subj.how === 'subject' ? '' : `-${subj.how}`}${type !== event ? '-moved-up' : ''}`,
      };
      // 马斯克的离职手续…: a nominal mention of a change restates it; its sentence says nothing of the org.
      if (work.slice(subj.span.end, trig.start) === '的' && draft.orgSource !== 'clause') draft.rule += '-nominal';
      out.push(draft);
      if (event !== 'departure' && (role || org)) ctx.facts.push({ personId: subj.personId, orgId: org?.id ?? null, role: draft.role, at: trig.start, source: 'event' });
    }
  }
  return out;
}

interface Subject {
  personId: string;
  mention: Mention | null;
  span: TextSpan;
  confidence: number;
  how: 'subject' | 'relative' | 'carried' | 'pronoun' | 'object' | 'coordinated';
}

function findSubjects(ctx: Ctx, cls: TextSpan[], clause: TextSpan, trig: { start: number; end: number; cue: { frame: 'subj' | 'obj' | null } }): Subject[] {
  const { work } = ctx.input;
  if (trig.cue.frame === 'obj') {
    const head = work.slice(clause.start, trig.start);
    // P被OpenAI董事会解雇 / 公司将P提拔为R: the person before 被 or after 将/把 undergoes the change.
    const passive = /被[^,，。;；]{0,14}$/.exec(head);
    if (passive) {
      const p = ctx.persons.filter((m) => m.end <= clause.start + passive.index && m.start >= clause.start).pop();
      if (p) return [{ personId: p.entityId, mention: p, span: p, confidence: 0.9, how: 'subject' }];
    }
    const ba = ctx.persons.filter((m) => {
      if (m.start < clause.start || m.end > trig.start || trig.start - m.end > 2) return false;
      const k = Math.max(work.lastIndexOf('将', m.start), work.lastIndexOf('把', m.start));
      return k >= clause.start && titleGap(ctx, k + 1, m.start);
    }).pop();
    if (ba) return [{ personId: ba.entityId, mention: ba, span: ba, confidence: 0.9, how: 'object' }];
    // 董事会任命P为R / 解雇了首席执行官P: the person follows the cue in the clause, perhaps after a title.
    const p = ctx.persons.find((m) => m.start >= trig.end && m.end <= clause.end && titleGap(ctx, trig.end, m.start));
    if (!p) return [];
    // 任命唐悦和高立新为联席首席执行官: every person listed.
    const out: Subject[] = [{ personId: p.entityId, mention: p, span: p, confidence: 0.9, how: 'object' }];
    let cur: Mention = p;
    for (;;) {
      const next = ctx.persons.find((m) => m.start > cur.end && m.start - cur.end <= 1 && /^[和与及、]$/.test(work.slice(cur.end, m.start)));
      if (!next) break;
      out.push({ personId: next.entityId, mention: next, span: next, confidence: 0.9, how: 'object' });
      cur = next;
    }
    return out;
  }
  // 同期离职的麦克格卢 / 辞去英特尔董事职务的陈立武: a relative clause names the person right after 的,
  // when nobody precedes the trigger.
  const rel = /^[^,，。;；:：“”「」的]{0,14}?的/.exec(work.slice(trig.end, trig.end + 16));
  const subject = nearestSubject(ctx, clause.start, trig.start);
  if (rel && !subject) {
    const p = ctx.persons.find((m) => m.start >= trig.end + rel[0].length && titleGap(ctx, trig.end + rel[0].length, m.start));
    if (p) return [{ personId: p.entityId, mention: p, span: p, confidence: 0.9, how: 'relative' }];
    if (rel[0].length <= 2) return [];
  }
  if (subject) return withCoordinated(ctx, subject);
  // No subject in the clause: carry the subject of an earlier clause of the sentence when only
  // adverbs, times and connectives stand before the trigger (…,但在不到2个月后就宣布离职).
  if (!transparentGap(ctx, clause.start, trig.start)) return [];
  for (let k = cls.indexOf(clause) - 1; k >= 0; k--) {
    const c = cls[k];
    const first = clauseSubject(ctx, c);
    if (first) return [{ ...first, confidence: first.confidence * 0.85, how: 'carried' }];
    // A clause with a subject-like noun of its own stops the search.
    if (!transparentGap(ctx, c.start, c.end)) break;
  }
  return [];
}

/** The person (or 他/她) nearest before `to` in [from, to) whose gap to `to` is transparent. */
export function nearestSubject(ctx: Ctx, from: number, to: number): Subject | null {
  const { work } = ctx.input;
  const candidates = ctx.persons.filter((m) => m.start >= from && m.end <= to).reverse();
  const pronoun = lastPronoun(work, from, to);
  for (const m of candidates) {
    if (pronoun !== null && pronoun > m.end) break;
    if (isObject(work, m, from)) continue;
    if (transparentGap(ctx, m.end, to, true)) return { personId: m.entityId, mention: m, span: m, confidence: 0.92, how: 'subject' };
    return null;
  }
  if (pronoun !== null && transparentGap(ctx, pronoun + 1, to, true)) {
    const ref = pronounReferent(ctx, pronoun);
    if (ref) return { personId: ref.entityId, mention: null, span: { start: pronoun, end: pronoun + 1, text: ctx.input.text.slice(pronoun, pronoun + 1) }, confidence: 0.75, how: 'pronoun' };
  }
  return null;
}

function lastPronoun(work: string, from: number, to: number): number | null {
  for (let i = to - 1; i >= from; i--) if (PRONOUNS.test(work[i]) && !/[们]/.test(work[i + 1] ?? '')) return i;
  return null;
}

/** 他/她 refers to the nearest person named before it (skipping those in object position). */
function pronounReferent(ctx: Ctx, at: number): Mention | null {
  const prior = ctx.persons.filter((m) => m.end <= at);
  for (let k = prior.length - 1; k >= 0; k--) {
    const m = prior[k];
    if (at - m.end > 400) return null;
    const sentenceStart = ctx.input.sentences.find((s) => s.start <= m.start && m.start < s.end)?.start ?? 0;
    if (!isObject(ctx.input.work, m, sentenceStart)) return m;
  }
  return null;
}

function isObject(work: string, m: { start: number }, floor: number): boolean {
  const head = work.slice(Math.max(floor, m.start - 2), m.start);
  // 接替即将退休的叶庆丰: the one replaced, however the phrase continues.
  return OBJECT_MARKERS.some((p) => head.endsWith(p)) || /(?:接替|取代|代替)[^,，。;；]{0,10}的$/.test(work.slice(Math.max(floor, m.start - 14), m.start));
}

/** The subject of a clause: its first person not in object position (or 他/她 before any person). */
function clauseSubject(ctx: Ctx, c: TextSpan): Subject | null {
  const { work } = ctx.input;
  const first = ctx.persons.find((m) => m.start >= c.start && m.end <= c.end && !isObject(work, m, c.start));
  const pronoun = (() => {
    for (let i = c.start; i < c.end; i++) if (PRONOUNS.test(work[i]) && work[i + 1] !== '们') return i;
    return null;
  })();
  if (pronoun !== null && (!first || pronoun < first.start)) {
    const ref = pronounReferent(ctx, pronoun);
    return ref ? { personId: ref.entityId, mention: null, span: { start: pronoun, end: pronoun + 1, text: ctx.input.text.slice(pronoun, pronoun + 1) }, confidence: 0.75, how: 'pronoun' } : null;
  }
  return first ? { personId: first.entityId, mention: first, span: first, confidence: 0.9, how: 'subject' } : null;
}

/** 鲍勃和巴雷特也已决定离开: persons joined by 和/与/及/、 before the subject act together. */
function withCoordinated(ctx: Ctx, subject: Subject): Subject[] {
  const out = [subject];
  if (!subject.mention) return out;
  let cur: Mention = subject.mention;
  for (;;) {
    const prev = ctx.persons.filter((m) => m.end <= cur.start && cur.start - m.end <= 1).pop();
    if (!prev || !/^[和与及、]$/.test(ctx.input.work.slice(prev.end, cur.start))) break;
    out.unshift({ personId: prev.entityId, mention: prev, span: prev, confidence: subject.confidence, how: 'coordinated' });
    cur = prev;
  }
  // Evidence for each starts at the first name of the list.
  return out.map((s) => ({ ...s, span: s === subject ? s.span : s.span }));
}

/**
 * True when [from, to) holds only words that leave the subject unchanged: adverbs, times, connectives,
 * organisation names, temporal adverbials (在…时) and a short list of verbs (决定, 宣布 …).
 */
function transparentGap(ctx: Ctx, from: number, to: number, allowDe = false): boolean {
  const { work, tokens } = ctx.input;
  if (to - from > 30) return false;
  const gap = work.slice(from, to);
  if (allowDe && gap === '的') return true;
  const blanked = new Array<boolean>(to - from).fill(false);
  const blank = (a: number, b: number) => {
    for (let k = Math.max(a, from); k < Math.min(b, to); k++) blanked[k - from] = true;
  };
  for (const o of ctx.orgs) if (o.start < to && o.end > from) blank(o.start, o.end);
  for (const t of ctx.input.times(from, to)) blank(t.start, t.end);
  for (const m of gap.matchAll(TEMPORAL)) blank(from + m.index!, from + m.index! + m[0].length);
  // 范思琪接替周文涛担任: "接替 + the predecessor" says who is replaced, not who acts.
  for (const p of ctx.persons) {
    if (p.end !== to) continue;
    const k = /(?:接替|取代|代替|替代)[^,，。;；]{0,10}$/.exec(work.slice(from, p.start));
    if (k) blank(from + k.index, p.end);
  }
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    if (blanked[Math.max(t.start, from) - from]) continue;
    if (t.norm === '的') return false;
    if (GAP_VERBS.has(t.norm) || GAP_TAGS.has(t.tag ?? '')) continue;
    if (/^[,;:、\s]+$/.test(t.norm)) continue;
    return false;
  }
  return true;
}

/** 前高盛银行家 / 毕业于清华大学的 / 来自宝洁的: a former employer or a school describes the person. */
function formerAffiliation(work: string, o: { start: number; end: number }): boolean {
  return reportSource(work, o) || /(?:前|原|毕业于|来自|出身于?|曾在|前在|离开)$/.test(work.slice(Math.max(0, o.start - 3), o.start)) || /^的?(?:前|原)/.test(work.slice(o.end, o.end + 2));
}

/** 据财新报道 / 路透社援引: the organisation reporting the news, not one in it. */
function reportSource(work: string, o: { start: number; end: number }): boolean {
  return /(?:据|【|\[)$/.test(work.slice(Math.max(0, o.start - 1), o.start)) || /^(?:网)?[】\]]/.test(work.slice(o.end, o.end + 2)) || /^(?:网)?(?:报道|记者|援引|消息|获悉|引述|独家)/.test(work.slice(o.end, o.end + 3));
}

/** Between a trigger and its person only 了, a title and an organisation may stand (解雇了首席执行官P). */
function titleGap(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let rest = blankOrgs(ctx, from, to).replace(/^了/, '');
  for (const r of ctx.input.roles(from, to)) rest = rest.replace(ctx.input.work.slice(r.start, r.end), '');
  return /^(?:的|前|原|新任)?$/.test(rest.replace(/[·\s]/g, ''));
}

/** The text between two offsets with organisation mentions removed. */
function blankOrgs(ctx: Ctx, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) if (!ctx.orgs.some((o) => o.start <= i && i < o.end)) out += ctx.input.work[i];
  return out;
}

/** A rough ladder of corporate posts: moving up it inside one organisation is a promotion. */
function rankLevel(en: string): number {
  if (/^(?:Acting|Interim) /.test(en)) return 0;
  if (/^(?:Chairman|Chair|Chairwoman)\b/.test(en)) return 6;
  if (/^(?:Chief Executive Officer|President|General Manager|Governor)$/.test(en)) return 5;
  if (/^(?:Chief .* Officer|Executive Vice President|Chief Scientist)/.test(en)) return 4;
  if (/^Senior Vice President/.test(en)) return 3;
  if (/^Vice President|^Deputy General Manager|^Vice Governor|^Deputy Governor/.test(en)) return 2;
  if (/^(?:Director|Head|Senior Director)\b/.test(en)) return 1;
  return -1;
}

/** Vice President → President, Deputy Governor → Governor, COO → CEO, President → Chairman. */
export function isLowerRank(from: string | null, to: string | null): boolean {
  if (!from || !to || from === to) return false;
  const base = from.replace(/^(?:Senior |Executive |First )?(?:Vice |Deputy |Assistant |Associate )/, '').replace(/^Senior /, '');
  if (base !== from && base === to) return true;
  const a = rankLevel(from);
  const b = rankLevel(to);
  return a > 0 && b > 0 && b > a;
}

/** The text a trigger governs: up to the end of the clause or the next trigger-like break. */
function objectWindow(work: string, from: number, to: number): TextSpan {
  return { start: from, end: to, text: work.slice(from, to) };
}

/**
 * True when what stands between a trigger and its object is only organisation names, possessives and
 * particles (成为OpenAI的首席研究官, 担任我们的首席信息安全官), not another verb (离职后成为了一名…).
 */
function governed(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 20) return false;
  const { work, tokens } = ctx.input;
  // 提拔为 / 任命…为: a leading 为 introduces the post.
  if (work[from] === '为') from++;
  for (const t of tokens) {
    if (t.end <= from || t.start >= to) continue;
    if (ctx.orgs.some((o) => o.start <= t.start && t.end <= o.end)) continue;
    if (/^(?:了|的|我们|公司|集团|该公司|本公司|新|新的|其|旗下|全球|中国区|一职|职务|第|任|届|·|\(|\)|[A-Za-z ]+|\d+)$/.test(t.norm)) continue;
    const attributive = work.slice(t.end, t.end + 1) === '的';
    if ((t.tag === 'v' || t.tag === 'vn' || t.tag === 'p' || t.tag === 'f' || t.tag === 'm') && !attributive) return false;
  }
  return !/[,;:。]/.test(work.slice(from, to));
}

/** 总裁兼首席运营官: two posts joined by 兼 are one change. */
function joinedRole(roles: RoleSpan[], r: RoleSpan | null, work: string): RoleSpan | null {
  if (!r) return r;
  const next = roles.find((x) => x.start === r.end + 1 && work[r.end] === '兼');
  if (!next) return r;
  return { start: r.start, end: next.end, text: work.slice(r.start, next.end), en: r.en && next.en ? `${r.en} and ${next.en}` : r.en ?? next.en, former: r.former };
}

function pickRole(ctx: Ctx, roles: RoleSpan[], trig: { start: number; end: number; cue: { event: string | null } }, clause: TextSpan, after: TextSpan, work: string, object: Subject | null, subjectId: string): RoleSpan | null {
  // 任命P为R / 聘任副行长赵敏为行长: after the person the trigger governs.
  if (object) {
    // 免去秦刚的外交部部长职务: the post after the person's 的.
    // (skipping a gloss: 琳达·亚卡里诺（Linda Yaccarino）为X公司CEO)
    const gloss = /^\([^)]{1,40}\)/.exec(work.slice(object.span.end, object.span.end + 42));
    const from = object.span.end + (gloss ? gloss[0].length : 0);
    const r = roles.find((x) => x.start >= from && x.end <= clause.end && !x.former && /^(?:为|出任|担任|接任|的)/.test(work.slice(from, x.start)) && governed(ctx, from + 1, x.start));
    if (r) return r;
  }
  // After the trigger and governed by it: 升任首席研究官, 成为OpenAI研究高级副总裁, 辞去CEO职务 (not a
  // title describing the object person: 任命Scale AI创始人亚历山大·王为…).
  const following = roles.find((r) => within(r, after.start, after.end) && !r.former && governed(ctx, trig.end, r.start) && !(object && r.end <= object.span.start));
  if (following) return following;
  // 首席科学家一职由P接任 / 董事长一职由CEO方立恒兼任: the post named before 由.
  const you = work.lastIndexOf('由', trig.start);
  if (you >= clause.start) {
    const r = roles.filter((x) => x.end <= you && x.start >= clause.start && /^(?:一职|职务|的职务|职位|岗位)?$/.test(work.slice(x.end, you))).pop();
    if (r) return r;
  }
  // 以…研究副总裁身份加入 / 以CEO的身份: the role before the trigger.
  const yi = work.lastIndexOf('以', trig.start);
  if (yi >= clause.start) {
    const r = roles.filter((x) => x.start > yi && x.end <= trig.start).pop();
    if (r && /身份|名义/.test(work.slice(r.end, trig.start))) return r;
  }
  // 代理首席执行官罗晓峰正式扶正: the acting post becomes the post.
  if (/^(?:扶正|转正)/.test(work.slice(trig.start, trig.end))) {
    const r = roles.filter((x) => x.end <= trig.start && x.start >= clause.start).pop();
    if (r) return { ...r, en: r.en ? r.en.replace(/^(?:Acting|Interim) /, '') : null };
  }
  // 新任首席执行官P于9月9日走马上任: the new post named before the person.
  if (trig.cue.event === 'appointment') {
    const r = roles.filter((x) => x.end <= trig.start && x.start >= clause.start && /(?:新任|新上任的|即将上任的|候任)$/.test(work.slice(Math.max(clause.start, x.start - 5), x.start))).pop();
    if (r) return r;
  }
  if (trig.cue.event === 'departure') {
    // OpenAI原副总裁达里奥阿莫蒂宣布离职: the (former) role right before the subject, not one belonging
    // to another person named in between (原阿里云副总裁杜明哲将接替即将退休的叶庆丰).
    const others = ctx.persons.filter((p) => p.start >= clause.start && p.end <= trig.start && p.entityId !== subjectId).map((p) => p.end);
    const r = roles.filter((x) => x.end <= trig.start && x.start >= Math.max(clause.start, ...others)).pop();
    if (r) return r;
  }
  return null;
}

function pickOrg(ctx: Ctx, clause: TextSpan, trig: { start: number; end: number; cue: { cue: string; event: string | null; frame: 'subj' | 'obj' | null } }, after: TextSpan, subject: Mention | null): { id: string; span: TextSpan; source: NonNullable<EventDraft['orgSource']> } | null {
  const inRange = (a: number, b: number) => ctx.orgs.filter((o) => o.start >= a && o.end <= b);
  // Only cues that take an object govern an organisation after them (离开OpenAI, 加入谷歌, 成为X的CEO);
  // after 离职 or 辞职 an organisation belongs to what follows (离职并创办Anthropic).
  // 出走X is "left for X": the organisation after it is the destination, not the one left.
  const takesObject = trig.cue.event !== 'departure' || /^(?:离开|已离开|宣布离开|离任|辞去|卸任|退出|告别)$/.test(trig.cue.cue);
  // 任命Scale AI创始人亚历山大·王…: an organisation describing the object person is not the new post's.
  const describesObject = (o: Mention) => trig.cue.frame === 'obj' && ctx.persons.some((p) => p.start >= o.end && p.start - o.end <= 12 && o.start >= trig.end);
  // For a new post, a former employer named beside the person is not where the post is; for a
  // departure it is exactly the organisation left (OpenAI原副总裁X宣布离职).
  const former = (o: Mention) => trig.cue.event !== 'departure' && formerAffiliation(ctx.input.work, o);
  const obj = takesObject ? inRange(after.start, after.end).find((o) => !former(o) && !describesObject(o) && governed(ctx, trig.end, o.start) && o.start - trig.end <= 8) : undefined;
  if (obj) return { id: obj.entityId, span: obj, source: 'clause' };
  // 在OpenAI担任 / 从谷歌离职 / OpenAI原副总裁X: an organisation between the clause start and the trigger.
  // The organisation must belong to this person's phrase: one before another person's name is theirs
  // (原阿里云副总裁杜明哲将接替即将退休的叶庆丰).
  const ownStart = subject && subject.end <= trig.start ? clause.start : Math.max(clause.start, ...ctx.persons.filter((p) => p.end <= trig.start && p.start >= clause.start).map((p) => p.end));
  const lead = inRange(ownStart, trig.start).filter((o) => !former(o)).pop();
  if (lead) return { id: lead.entityId, span: lead, source: subject && lead.end <= subject.start ? 'apposition' : 'clause' };
  return null;
}

function pickDate(ctx: Ctx, times: TimeSpan[], cls: TextSpan[], clause: TextSpan, trig: { start: number }, s: Sentence): EventDraft['date'] {
  const usable = times.filter((t) => t.kind === 'point' && t.value);
  const blocked = times.some((t) => t.kind !== 'point' && t.start >= clause.start && t.end <= trig.start);
  const inClause = usable.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const pick = inClause.length ? inClause.reduce((a, b) => (Math.abs(b.start - trig.start) < Math.abs(a.start - trig.start) ? b : a)) : null;
  if (pick && !/^(?:自|从)/.test(pick.text)) return dateOf(pick);
  // 任命…，自2024年7月1日起生效: the effective date in the next clause wins.
  const next = cls[cls.indexOf(clause) + 1];
  if (next) {
    const eff = usable.find((t) => t.start >= next.start && t.end <= next.end && /^[^,，。]{0,4}生效/.test(ctx.input.work.slice(t.end, t.end + 6)));
    if (eff) return dateOf(eff);
  }
  if (pick) return dateOf(pick);
  if (blocked) return null;
  // The nearest earlier clause that is only an adverbial (上月底，他又被任命为…; 在OpenAI 2023年的政变
  // 风波中，她曾担任临时CEO), up to a clause stating a change of its own.
  for (let k = cls.indexOf(clause) - 1; k >= 0; k--) {
    const c = cls[k];
    if (findCues(ctx.input.work, ctx.cues, 'trigger', c.start, c.end).length) break;
    const t = usable.filter((x) => x.start >= c.start && x.end <= c.end).pop();
    if (t) return dateOf(t);
  }
  // A time leading the sentence (2020年底,…) frames every clause in it.
  const lead = usable.find((t) => t.start - s.start <= 2);
  if (lead && lead.end <= trig.start) return dateOf(lead);
  // The first time of the sentence, before any change is stated, frames every change listed after it
  // (7月25日…举行会议，决定免去A…，任命B…；免去C…).
  const firstTrigger = findCues(ctx.input.work, ctx.cues, 'trigger', s.start, s.end)[0];
  const frame = usable[0];
  if (frame && firstTrigger && frame.end <= firstTrigger.start && frame.end <= trig.start && !times.some((t) => t.kind !== 'point' && t.start < firstTrigger.start)) return dateOf(frame);
  // 同日 / 当天 at the head of the sentence: the day the story last named.
  const same = times.find((t) => t.kind === 'anchored-elsewhere' && /^(?:同日|当日|当天|同一天|同天)$/.test(t.text) && t.end <= trig.start);
  if (same) {
    const earlier = ctx.input.times(0, s.start).filter((t) => t.kind === 'point' && t.value).pop();
    if (earlier) return { value: earlier.value!, span: same, relative: true };
  }
  return null;
}

/** "2个月前" is approximate; "今年8月" names the month. Merging prefers the named one. */
const dateOf = (t: TimeSpan): NonNullable<EventDraft['date']> => ({ value: t.value!, span: t, relative: /(?:前|ago)$/.test(t.text) });

function wordBoundaries(tokens: Token[], s: TextSpan): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of tokens) {
    if (t.end <= s.start || t.start >= s.end) continue;
    starts.add(t.start);
    ends.add(t.end);
  }
  return { starts, ends };
}

/** Spans inside quotation marks in a sentence (balanced pairs only). */
export function quotedRanges(work: string, s: Sentence): TextSpan[] {
  const out: TextSpan[] = [];
  const pairs: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
  for (let i = s.start; i < s.end; i++) {
    const close = pairs[work[i]];
    if (!close) continue;
    const j = work.indexOf(close, i + 1);
    if (j < 0 || j >= s.end + 200) continue;
    out.push({ start: i, end: j + 1, text: work.slice(i, j + 1) });
    i = j;
  }
  return out;
}

/** Appositions: OpenAI首席技术官穆拉提, 作为CTO的穆拉提, and copulas: 张海峰是滴滴出行的首席技术官. */
function appositionFacts(ctx: Ctx): AffiliationFact[] {
  const { work } = ctx.input;
  const facts: AffiliationFact[] = [];
  for (const p of ctx.persons) {
    const s = ctx.input.sentences.find((x) => x.start <= p.start && p.start < x.end);
    if (!s) continue;
    const r = ctx.input.roles(Math.max(s.start, p.start - 20), p.start).filter((x) => !x.former).pop();
    if (r && /^(?:的)?$/.test(work.slice(r.end, p.start))) {
      const org = ctx.orgs.filter((o) => o.end <= r.start && r.start - o.end <= 1).pop();
      facts.push({ personId: p.entityId, orgId: org?.entityId ?? null, role: { text: r.text, en: r.en }, at: p.start, source: 'apposition' });
      continue;
    }
    const after = ctx.input.roles(p.end, Math.min(s.end, p.end + 24)).find((x) => /^是/.test(work.slice(p.end, x.start)) && !/[,，。;；]/.test(work.slice(p.end, x.start)) && !x.former);
    if (after) {
      const org = ctx.orgs.find((o) => o.start > p.end && o.end <= after.start);
      facts.push({ personId: p.entityId, orgId: org?.entityId ?? null, role: { text: after.text, en: after.en }, at: p.start, source: 'apposition' });
    }
  }
  return facts;
}

/** A departure without its own role or organisation: the person's role and organisation as the article gives them. */
function fillFromFacts(ctx: Ctx, d: EventDraft): void {
  const mine = ctx.facts.filter((f) => f.personId === d.personId);
  const sentence = ctx.input.sentences.find((s) => s.start <= d.trigger.start && d.trigger.start < s.end)!;
  // Prefer what the same sentence says (its tenure: 此前曾在谷歌担任研究科学家, 2022年离职), then the
  // latest fact before the trigger, then appositions anywhere.
  const inSentence = mine.filter((f) => f.at >= sentence.start && f.at < d.trigger.start).pop();
  const appositions = mine.filter((f) => f.source === 'apposition');
  const nearestApposition = appositions.sort((a, b) => Math.abs(a.at - d.trigger.start) - Math.abs(b.at - d.trigger.start))[0];
  const beforeFacts = mine.filter((f) => f.at < d.trigger.start);
  const fact = inSentence ?? nearestApposition ?? beforeFacts.filter((f) => f.source !== 'tenure').pop() ?? beforeFacts.pop() ?? null;
  if (fact && !d.role && fact.role) {
    d.role = fact.role;
    d.roleSource = 'fact';
  }
  if (fact && fact.orgId && (!d.orgId || (d.orgSource !== 'clause' && d.orgSource !== 'apposition'))) {
    d.orgId = fact.orgId;
    d.orgSource = 'fact';
  }
  if (!d.orgId && d.rule.endsWith('-nominal')) {
    if (ctx.mainOrg) {
      d.orgId = ctx.mainOrg;
      d.orgSource = 'article';
    }
    return;
  }
  if (!d.orgId) {
    const inSentenceOrg = ctx.orgs.filter((o) => o.start >= sentence.start && o.end <= sentence.end).sort((a, b) => Math.abs(a.start - d.trigger.start) - Math.abs(b.start - d.trigger.start))[0];
    if (inSentenceOrg) {
      d.orgId = inSentenceOrg.entityId;
      d.orgSource = 'sentence';
    } else if (ctx.mainOrg) {
      d.orgId = ctx.mainOrg;
      d.orgSource = 'article';
    }
  }
}

/**
 * 王振华辞职，李建国接任 / 由X接替: a successor with no role of their own takes the role of the person
 * who left, stated just before in the same or the previous sentence.
 */
function fillSuccessorRole(ctx: Ctx, drafts: EventDraft[], d: EventDraft): void {
  if (d.type === 'departure' || d.type === 'quote' || d.role || !SUCCESSION.test(d.trigger.text)) return;
  const sIdx = ctx.input.sentences.findIndex((s) => s.start <= d.trigger.start && d.trigger.start < s.end);
  const from = ctx.input.sentences[Math.max(0, sIdx - 1)].start;
  const left = drafts.filter((x) => x.type === 'departure' && x.role && x.trigger.start >= from && x.trigger.start < d.trigger.start && x.personId !== d.personId).pop();
  if (!left) return;
  const acting = /^(?:代理|暂代|代为履行)$/.test(d.trigger.text);
  d.role = left.role && acting && left.role.en && !/^Acting /.test(left.role.en) ? { text: left.role.text, en: `Acting ${left.role.en}` } : left.role;
  d.roleSource = 'fact';
  d.roleKind = left.roleKind;
  // 此前担任首席运营官的沈墨涵接棒 (CEO): taking over a higher post in the same organisation.
  if (!acting && d.type === 'appointment' && d.priorRole && isLowerRank(d.priorRole, d.role?.en ?? null)) d.type = 'promotion';
  if (!d.orgId && left.orgId) {
    d.orgId = left.orgId;
    d.orgSource = 'fact';
  }
}

/** A government post (总理, 部长) belongs to the government named in the article, not to a party. */
function governmentOrg(input: EventInput, d: EventDraft): void {
  if (d.roleKind !== 'government' || d.orgSource === 'clause') return;
  const gov = input.mentions.find((m) => m.type === 'org' && /政府$/.test(input.work.slice(m.start, m.end)));
  if (gov) {
    d.orgId = gov.entityId;
    d.orgSource = 'fact';
  }
}

/** Appointments and promotions without an organisation: the sentence's, else the article's main one. */
export function fillOrgZh(input: EventInput, d: EventDraft): void {
  governmentOrg(input, d);
  if (d.orgId || d.type === 'quote' || d.type === 'departure') return;
  // 加入一家人工智能初创公司担任…: the new employer is named only as "a company"; no other will do.
  const lead = input.work.slice(Math.max(0, d.trigger.start - 24), d.trigger.start);
  if (/(?:一家|某家?|另一家|其他)[^,，。;；]{0,12}(?:公司|机构|企业|集团|团队|基金|初创)/.test(lead)) return;
  const orgs = input.mentions.filter((m) => m.type === 'org');
  const sentence = input.sentences.find((s) => s.start <= d.trigger.start && d.trigger.start < s.end)!;
  // The organisation nearest the trigger, preferring one before it (极序科技发布公告，…任命P为…).
  const candidates = orgs.filter((o) => o.start >= sentence.start && o.end <= sentence.end && !formerAffiliation(input.work, o));
  const clause = clauses(input.work, sentence, 'zh').find((c) => c.start <= d.trigger.start && d.trigger.start < c.end) ?? sentence;
  const near = candidates.filter((o) => o.end <= d.trigger.start).pop() ?? candidates.find((o) => o.start >= clause.start && o.end <= clause.end);
  if (near) {
    d.orgId = near.entityId;
    d.orgSource = 'sentence';
    return;
  }
  const main = mainOrganisation(orgs.filter((o) => !formerAffiliation(input.work, o)));
  if (main) {
    d.orgId = main;
    d.orgSource = 'article';
  }
}

