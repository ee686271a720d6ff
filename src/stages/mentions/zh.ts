// Finds names in Chinese text: dictionary aliases (any variant), glosses 名字(Latin Name), runs of
// transliteration characters (unknown foreign names) and native names that jieba tags as persons.
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey, zhKey } from '../../dictionary/fold.js';
import type { Token } from '../../core/types.js';
import type { NameMention, NameScorer } from './types.js';

export interface ZhMentionInput {
  text: string;
  work: string;
  tokens: Token[];
}

const isLatin = (t: Token) => t.tag === 'eng';
const isHanWord = (t: Token) => /^\p{Script=Han}+$/u.test(t.norm);
const NAME_TAGS = new Set(['nr', 'nrt', 'nrf', 'nrfg', 'x', 'nz', 'ns']);
/** Function words never inside a name, whatever jieba tags them. */
const NEVER_IN_NAME = new Set(['的', '和', '与', '及', '在', '是', '由', '被', '将', '了', '从', '对', '向', '把', '为', '也', '都', '还', '就', '而', '但', '并', '或', '等', '我', '你', '他', '她', '它', '我们', '他们', '她们', '这', '那', '其', '该']);
const MAX_NAME_CHARS = 12;

/** Common single-character surnames (and the compound ones), for native names jieba tags nr. */
const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封')
    .split(''),
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木'];

export function looksLikeNativeName(s: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  return SURNAMES.has(s[0]) && s.length <= 3;
}

/** A capitalised Latin personal or organisation name: 1–5 words (particles allowed inside). */
const LATIN_NAME = /^[A-Z][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|da|di|du|del|la|le|bin|al|el|ibn)\s+)?[A-Z][\p{L}'’.-]*){0,4}$/u;

function tokenIsNameLike(t: Token, names: NameScorer): boolean {
  if (!isHanWord(t) || NEVER_IN_NAME.has(t.norm)) return false;
  if (t.tag && t.tag.startsWith('nr')) return true;
  if (t.tag && NAME_TAGS.has(t.tag)) return t.norm.length === 1 || names.transliterationScore(t.norm) > 0;
  return names.isLikelyTransliteration(t.norm);
}

export function findMentionsZh(input: ZhMentionInput, dict: CompiledDictionary, names: NameScorer): NameMention[] {
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
      const run: number[] = [];
      let chars = 0;
      while (i >= 0 && !taken[i] && tokenIsNameLike(tokens[i], names) && chars + tokens[i].norm.length <= MAX_NAME_CHARS) {
        if (run.length && tokens[i].end !== tokens[run[0]].start && work.slice(tokens[i].end, tokens[run[0]].start) !== '·') break;
        run.unshift(i);
        chars += tokens[i].norm.length;
        i--;
      }
      if (!run.length) continue;
      // Choose the suffix of the run that sounds most like the Latin name (a title may precede it).
      let bestStart = run[0];
      let bestScore = -1;
      for (const s of run) {
        const cand = zhKey(work.slice(tokens[s].start, tokens[p - 1].end));
        if (cand.length < 2) continue;
        const native = looksLikeNativeName(cand);
        const score = native ? 0.5 + 0.5 * names.phoneticScore(cand, latin) : names.phoneticScore(cand, latin);
        if (score > bestScore + 0.02) {
          bestScore = score;
          bestStart = s;
        }
      }
      const zhText = zhKey(work.slice(tokens[bestStart].start, tokens[p - 1].end));
      const plausible = enType === 'person' || bestScore >= names.proposeThreshold * 0.6 || looksLikeNativeName(zhText) || names.isLikelyTransliteration(zhText);
      if (!plausible || zhText.length < 2) continue;
      take(bestStart, p - 1);
      out.push({ ...span(bestStart, p - 1), script: 'zh', key: zhText, source: 'gloss', hits: dict.zh.get(zhText) ?? [], type: enType ?? 'person', rule: 'zh.mention.gloss-zh' });
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
    while (j + 1 < tokens.length && !taken[j + 1] && tokenIsNameLike(tokens[j + 1], names) && (tokens[j + 1].start === tokens[j].end || work[tokens[j].end] === '·')) {
      if (work.slice(tokens[i].start, tokens[j + 1].end).length > MAX_NAME_CHARS) break;
      j++;
      hasNameTag ||= !!tokens[j].tag?.startsWith('nr') || tokens[j].tag === 'x';
    }
    const key = zhKey(work.slice(tokens[i].start, tokens[j].end));
    if (hasNameTag && key.length >= 3 && !looksLikeNativeName(key) && names.isLikelyTransliteration(key)) {
      take(i, j);
      out.push({ ...span(i, j), script: 'zh', key, source: 'translit', hits: [], type: 'person', rule: 'zh.mention.transliteration' });
    }
    i = j;
  }

  // 4. Native Chinese names jieba tags as persons: kept as candidates; resolution licenses them by context.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || t.tag !== 'nr' || !looksLikeNativeName(t.norm)) continue;
    out.push({ start: t.start, end: t.end, text: t.text, script: 'zh', key: t.norm, source: 'native', hits: [], type: 'person', rule: 'zh.mention.native-name' });
    taken[i] = true;
  }

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
