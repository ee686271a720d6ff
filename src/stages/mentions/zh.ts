// Finds names in Chinese text: dictionary aliases (any variant), glosses 名字(Latin Name), runs of
// transliteration characters (unknown foreign names) and native names that jieba tags as persons.
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey, zhKey } from '../../dictionary/fold.js';
import type { Token } from '../../core/types.js';
import type { NameMention, NameScorer } from './types.js';
import type { CueSet } from '../../dictionary/cues.js';
import { COMPOUND_SURNAMES, ORG_SUFFIXES, SURNAMES, findNativeNames, findOrgsZh } from './unknown-zh.js';

export interface ZhMentionInput {
  text: string;
  work: string;
  tokens: Token[];
}

const isLatin = (t: Token) => t.tag === 'eng';
const isHanWord = (t: Token) => /^\p{Script=Han}+$/u.test(t.norm);
const NAME_TAGS = new Set(['nr', 'nrt', 'nrf', 'nrfg', 'x', 'nz', 'ns']);
/** Function words never inside a name, whatever jieba tags them. */
const NEVER_IN_NAME = new Set(['的', '和', '与', '及', '在', '是', '由', '被', '将', '了', '从', '对', '向', '把', '为', '也', '都', '还', '就', '而', '但', '并', '或', '等', '则', '即', '便', '亦', '乃', '又', '再', '才', '仍', '均', '皆', '已', '曾', '称', '说', '于', '我', '你', '他', '她', '它', '我们', '他们', '她们', '这', '那', '其', '该']);
const MAX_NAME_CHARS = 12;

export function looksLikeNativeName(s: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  return SURNAMES.has(s[0]) && s.length <= 3;
}

/** A capitalised Latin personal or organisation name: 1–5 words (particles allowed inside). */
const LATIN_NAME = /^[A-Z][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|da|di|du|del|la|le|bin|al|el|ibn)\s+)?[A-Z][\p{L}'’.-]*){0,4}$/u;

function tokenIsNameLike(t: Token, names: NameScorer, allowNative = false): boolean {
  if (!isHanWord(t) || NEVER_IN_NAME.has(t.norm)) return false;
  // jieba tags some verb phrases as names (曾效力/nr after 阿隆索): a multi-character token must also
  // read as a transliteration (or, beside a gloss, as a native name: 黄仁勋(Jensen Huang)).
  if (t.tag && t.tag.startsWith('nr')) return t.norm.length === 1 || names.transliterationScore(t.norm) > 0 || (allowNative && looksLikeNativeName(t.norm));
  if (t.tag && NAME_TAGS.has(t.tag)) return t.norm.length === 1 || names.transliterationScore(t.norm) > 0;
  return names.isLikelyTransliteration(t.norm);
}

export function findMentionsZh(input: ZhMentionInput, dict: CompiledDictionary, names: NameScorer, cues: CueSet): NameMention[] {
  const { text, work, tokens } = input;
  const taken = new Array<boolean>(tokens.length).fill(false);
  const out: NameMention[] = [];
  const span = (i: number, j: number) => ({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end) });
  const take = (i: number, j: number) => {
    for (let k = i; k <= j; k++) taken[k] = true;
  };
  const free = (i: number, j: number) => {
    for (let k = i; k <= j; k++) if (taken[k]) return false;
    return true;
  };

  // 1. Dictionary aliases, longest match over token sequences. Han tokens may be joined by a name
  //    separator (米拉·穆拉蒂); Latin tokens by single spaces (Peter Thiel).
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    let best: { j: number; key: string; script: 'zh' | 'en' } | null = null;
    if (isHanWord(tokens[i])) {
      let key = '';
      for (let j = i; j < tokens.length && j < i + 10; j++) {
        const t = tokens[j];
        if (j > i && t.start !== tokens[j - 1].end) break;
        if (t.norm === '·') continue;
        if (!isHanWord(t)) break;
        key += zhKey(t.norm);
        if (key.length > dict.maxZhKey) break;
        if (dict.zh.has(key)) best = { j, key, script: 'zh' };
      }
    } else if (isLatin(tokens[i])) {
      for (let j = i; j < tokens.length && j < i + Math.max(1, dict.maxEnWords) + 2; j++) {
        if (!isLatin(tokens[j])) break;
        if (j > i && !/^[ -]?$/.test(work.slice(tokens[j - 1].end, tokens[j].start))) break;
        const key = enKey(work.slice(tokens[i].start, tokens[j].end));
        if (dict.en.has(key)) best = { j, key, script: 'en' };
      }
    }
    if (!best) continue;
    const hits = (best.script === 'zh' ? dict.zh : dict.en).get(best.key)!;
    const types = new Set(hits.map((h) => dict.entities.get(h.entityId)!.type));
    // 小米汽车 / 网易游戏: a known organisation followed by a kind of business names a subsidiary.
    const next = tokens[best.j + 1];
    // 百度集团 / 腾讯控股 / 苹果公司 are the company itself: the mention takes the legal form along.
    if (next && next.start === tokens[best.j].end && types.size === 1 && types.has('org') && /^(?:集团|控股|公司|股份|有限公司|集团公司)$/.test(next.norm)) best.j++;
    const after = tokens[best.j + 1];
    const suffix = after && after.start === tokens[best.j].end && types.size === 1 && types.has('org') ? ORG_SUFFIXES.find(([sfx, en]) => en && after.norm === sfx && !/^(?:政府|大学|学院|委员会|集团|控股)$/.test(sfx)) : undefined;
    if (suffix) {
      const owner = dict.entities.get(hits[0].entityId)!;
      take(i, best.j + 1);
      out.push({ ...span(i, best.j + 1), script: 'zh', key: zhKey(work.slice(tokens[i].start, after.end)), source: 'org-pattern', hits: [], type: 'org', guess: `${owner.name} ${suffix[1]}`, rule: 'zh.mention.org-subsidiary' });
      i = best.j + 1;
      continue;
    }
    take(i, best.j);
    out.push({ ...span(i, best.j), script: best.script, key: best.key, source: 'dictionary', hits, type: types.size === 1 ? [...types][0] : null, rule: `zh.mention.dictionary-${best.script}` });
    i = best.j;
  }

  // 2. Glosses: a name right before (Latin Name). Both sides become mentions of one entity.
  for (let p = 1; p < tokens.length; p++) {
    if (tokens[p].norm !== '(') continue;
    let q = p + 1;
    while (q < tokens.length && isLatin(tokens[q])) q++;
    if (q === p + 1 || q >= tokens.length || tokens[q].norm !== ')' || q - p - 1 > 6) continue;
    const latin = work.slice(tokens[p + 1].start, tokens[q - 1].end);
    if (!LATIN_NAME.test(latin) || tokens[p - 1].end !== tokens[p].start) continue;
    const enSide = { i: p + 1, j: q - 1 };
    const enHits = dict.en.get(enKey(latin)) ?? [];
    const enType = enHits.length ? dict.entities.get(enHits[0].entityId)!.type : null;
    // The Chinese side: a dictionary mention ending right here, or the best run of name-like tokens.
    let zhIdx = out.findIndex((m) => m.end === tokens[p].start && m.script === 'zh');
    if (zhIdx < 0) {
      let i = p - 1;
      let runStart = -1;
      let chars = 0;
      while (i >= 0 && !taken[i] && chars + tokens[i].norm.length <= MAX_NAME_CHARS) {
        // A name separator joins the parts (彼得·邓); anything else must look like part of a name.
        if (tokens[i].norm === '·' && runStart >= 0) {
          i--;
          continue;
        }
        if (!tokenIsNameLike(tokens[i], names, true)) break;
        if (runStart >= 0 && tokens[i].end !== runStart && work.slice(tokens[i].end, runStart) !== '·') break;
        runStart = tokens[i].start;
        chars += tokens[i].norm.length;
        i--;
      }
      if (runStart < 0) continue;
      // Choose the suffix of the run that sounds most like the Latin name, character by character: a
      // title may precede it, and jieba may have glued a title's last character to it (长叶瑞).
      const end = tokens[p - 1].end;
      let bestStart = -1;
      let bestScore = -1;
      for (let c = runStart; c <= end - 2; c++) {
        if (work[c] === '·') continue;
        const cand = zhKey(work.slice(c, end));
        if (cand.length < 2) continue;
        const native = looksLikeNativeName(cand);
        // Chinese sometimes writes only the surname (葉瑞 for Frank Yeary): score against each part too.
        const sound = Math.max(names.phoneticScore(cand, latin), ...latin.split(/\s+/).filter((w) => w.length > 2).map((w) => names.phoneticScore(cand, w) * 0.95));
        const score = native ? 0.5 + 0.5 * sound : sound;
        if (score > bestScore + 0.02) {
          bestScore = score;
          bestStart = c;
        }
      }
      if (bestStart < 0) continue;
      const zhText = zhKey(work.slice(bestStart, end));
      const plausible = enType === 'person' || bestScore >= names.proposeThreshold * 0.6 || looksLikeNativeName(zhText) || names.isLikelyTransliteration(zhText);
      if (!plausible || zhText.length < 2) continue;
      for (let k = 0; k < p; k++) if (tokens[k].end > bestStart && tokens[k].start < end) taken[k] = true;
      out.push({ start: bestStart, end, text: text.slice(bestStart, end), script: 'zh', key: zhText, source: 'gloss', hits: dict.zh.get(zhText) ?? [], type: enType ?? 'person', rule: 'zh.mention.gloss-zh' });
      zhIdx = out.length - 1;
    }
    const zh = out[zhIdx];
    const enMention: NameMention = {
      ...span(enSide.i, enSide.j),
      script: 'en',
      key: enKey(latin),
      source: enHits.length ? 'dictionary' : 'gloss',
      hits: enHits,
      type: enType ?? zh.type ?? 'person',
      partner: zhIdx,
      rule: 'zh.mention.gloss-en',
    };
    // The English side may have been taken by the dictionary pass already: pair with it instead.
    const existing = out.findIndex((m) => m.start === enMention.start && m.end === enMention.end);
    if (existing >= 0) {
      out[existing].partner = zhIdx;
      zh.partner = existing;
    } else {
      take(enSide.i, enSide.j);
      out.push(enMention);
      zh.partner = out.length - 1;
    }
  }

  // 3. Runs of transliteration characters: unknown foreign names, kept whole.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokenIsNameLike(tokens[i], names)) continue;
    let j = i;
    let hasNameTag = !!tokens[i].tag?.startsWith('nr') || tokens[i].tag === 'x';
    for (;;) {
      // Parts joined by a name separator token (萨沙·伊万诺夫) continue the run.
      const dot = tokens[j + 1]?.norm === '·' && tokens[j + 1].start === tokens[j].end ? 1 : 0;
      const n = j + 1 + dot;
      if (n >= tokens.length || taken[n] || !tokenIsNameLike(tokens[n], names) || tokens[n].start !== tokens[n - 1].end) break;
      if (work.slice(tokens[i].start, tokens[n].end).length > MAX_NAME_CHARS) break;
      j = n;
      hasNameTag ||= !!tokens[j].tag?.startsWith('nr') || tokens[j].tag === 'x';
    }
    // A function character jieba glued to the end of a name (霍尔索斯则) is not part of it.
    let endAt = tokens[j].end;
    while (endAt > tokens[i].start + 2 && NEVER_IN_NAME.has(work[endAt - 1])) endAt--;
    const key = zhKey(work.slice(tokens[i].start, endAt));
    if ((hasNameTag || work.slice(tokens[i].start, endAt).includes('·')) && key.length >= 3 && !looksLikeNativeName(key) && names.isLikelyTransliteration(key)) {
      take(i, j);
      out.push({ start: tokens[i].start, end: endAt, text: text.slice(tokens[i].start, endAt), script: 'zh', key, source: 'translit', hits: [], type: 'person', rule: 'zh.mention.transliteration' });
    }
    i = j;
  }

  // 4. Names the dictionary does not know: native person names and organisations, by form and context.
  const covered = (a: number, b: number) => out.some((m) => m.start < b && a < m.end);
  const unknownCtx = { work, text, tokens, cues, taken: covered };
  for (const m of findNativeNames(unknownCtx)) if (!covered(m.start, m.end)) out.push(m);
  for (const m of findOrgsZh(unknownCtx)) if (!covered(m.start, m.end)) out.push(m);

  return sortKeepingPartners(out);
}

/** Sorts by position and re-points gloss partners at their new indexes. */
export function sortKeepingPartners(list: NameMention[]): NameMention[] {
  const order = list.map((_, i) => i).sort((a, b) => list[a].start - list[b].start || list[a].end - list[b].end);
  const newIndex = new Map(order.map((old, n) => [old, n]));
  return order.map((old) => {
    const m = list[old];
    return m.partner === undefined ? m : { ...m, partner: newIndex.get(m.partner)! };
  });
}
