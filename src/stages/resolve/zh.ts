// Links the names found in a Chinese article to entities: dictionary aliases ranked by context,
// glosses pairing a Chinese and a Latin form, short forms of people already named in the article,
// phonetic matches, and unknown names kept as unresolved entities.
import { pinyin } from 'pinyin-pro';
import type { AliasHit, CompiledDictionary } from '../../dictionary/compile.js';
import { zhKey } from '../../dictionary/fold.js';
import type { Entity, Token } from '../../core/types.js';
import type { NameMention, NameScorer } from '../mentions/types.js';
import { looksLikeNativeName } from '../mentions/zh.js';
import { COMPOUND_SURNAMES, ORG_SUFFIXES } from '../mentions/unknown-zh.js';
import { commonWordsZh } from '../mentions/common-words-zh.js';
import { EntityRegistry } from './registry.js';
import { findRolesZh } from '../roles/index.js';
import { leadingPlace } from '../../dictionary/places.js';
import { rankHits } from './rank.js';
import { matchDictionaryBySound } from './phonetic-dictionary.js';

export interface ResolveZhInput {
  text: string;
  work: string;
  tokens: Token[];
  mentions: NameMention[];
}

const confidenceOf = (hit: AliasHit & { score: number }, ambiguous: boolean) => Math.min(0.99, ambiguous ? 0.6 + 0.3 * (hit.score - 0.8) : hit.prior * 0.98);

export function romanizeChineseName(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'all' }) as string[];
  const surnameLength = COMPOUND_SURNAMES.some((c) => name.startsWith(c)) ? 2 : 1;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const surname = cap(syllables.slice(0, surnameLength).join(''));
  const given = syllables.slice(surnameLength).join('');
  return given ? `${surname} ${cap(given)}` : surname;
}

export function resolveZh(input: ResolveZhInput, dict: CompiledDictionary, names: NameScorer, registry: EntityRegistry): void {
  const { text, work, tokens, mentions } = input;
  const articleOrgs = new Set<string>();
  for (const m of mentions) if (m.hits.length === 1 && m.type === 'org') articleOrgs.add(m.hits[0].entityId);
  const done = new Set<number>();

  // Glosses first: the pair decides the entity for both sides.
  mentions.forEach((m, i) => {
    if (m.partner === undefined || done.has(i) || m.script !== 'zh') return;
    const en = mentions[m.partner];
    done.add(i).add(m.partner);
    let entity: Entity;
    if (en.hits.length) entity = registry.known(rankHits(en.hits, dict, registry, articleOrgs).entityId);
    else if (m.hits.length) entity = registry.known(rankHits(m.hits, dict, registry, articleOrgs).entityId);
    else entity = registry.unknown(m.type ?? 'person', en.text, { en: en.text, zh: m.text });
    const zhIsAlias = m.hits.some((h) => h.entityId === entity.id);
    registry.addMention(entity, m, { method: zhIsAlias ? aliasMethod(m, dict, entity.id) : 'gloss', confidence: zhIsAlias ? 0.98 : 0.9, rule: 'zh.resolve.gloss' });
    registry.addMention(entity, en, { method: en.hits.length ? 'alias' : 'gloss', confidence: en.hits.length ? 0.98 : 0.9, rule: 'zh.resolve.gloss' });
    if (!zhIsAlias) registry.propose(entity, m.text, 'zh', 'gloss', 0.9, { start: m.start, end: en.end + 1, text: text.slice(m.start, en.end + 1) });
  });

  // A common native name that the article shows to be someone else once is someone else throughout.
  const notTheNamesake = new Set(
    mentions.filter((m) => m.source === 'dictionary' && m.script === 'zh' && m.hits.length).filter((m) => {
      const best = rankHits(m.hits, dict, registry, articleOrgs);
      return best.kind === 'zh-full' && commonNameElsewhere(m, best.entityId);
    }).map((m) => m.key),
  );

  // Dictionary aliases.
  mentions.forEach((m, i) => {
    if (done.has(i) || m.source !== 'dictionary') return;
    done.add(i);
    const best = rankHits(m.hits, dict, registry, articleOrgs);
    if (m.script === 'zh' && best.kind === 'zh-full' && notTheNamesake.has(m.key)) {
      // 东嘉银行行长李建国 is not the politician 李建国 of the dictionary: a common native name under
      // another organisation's title stays an unknown person.
      const romanized = romanizeChineseName(m.key);
      registry.addMention(registry.unknown('person', romanized, { en: romanized, zh: m.text }), m, { method: 'pinyin', confidence: 0.65, rule: 'zh.resolve.native-not-dictionary' });
      return;
    }
    const entity = registry.known(best.entityId);
    registry.addMention(entity, m, { method: m.script === 'zh' ? aliasMethod(m, dict, entity.id) : 'alias', confidence: confidenceOf(best, m.hits.length > 1), rule: `zh.resolve.dictionary${m.hits.length > 1 ? '-ranked' : ''}` });
  });

  /** A native name whose dictionary owner belongs to an organisation the article never names, titled by another. */
  function commonNameElsewhere(m: NameMention, entityId: string): boolean {
    const e = dict.entities.get(entityId)!;
    if (e.type !== 'person' || !e.org || articleOrgs.has(e.org) || !looksLikeNativeName(m.key)) return false;
    const before = work.slice(Math.max(0, m.start - 12), m.start);
    if (!findRolesZh(before).some((r) => r.end >= before.length - 1)) return false;
    // Another organisation in the same sentence or headline line gives the title its owner.
    const lineStart = Math.max(work.lastIndexOf('\n', m.start - 1), work.lastIndexOf('。', m.start - 1)) + 1;
    return mentions.some((o) => o.type === 'org' && o.start >= lineStart && o.end <= m.start && !o.hits.some((h) => h.entityId === e.org));
  }

  // The same written name twice in an article is one entity (葉瑞（Frank Yeary）… 葉瑞在聲明中表示).
  const bySurface = new Map<string, Entity>();
  for (const e of registry.all()) for (const x of e.mentions) if (/\p{Script=Han}/u.test(x.text)) bySurface.set(zhKey(x.text), e);
  mentions.forEach((m, i) => {
    if (done.has(i) || (m.source !== 'translit' && m.source !== 'native')) return;
    const e = bySurface.get(m.key);
    if (!e) return;
    done.add(i);
    registry.addMention(e, m, { method: 'short-form', confidence: 0.9, rule: 'zh.resolve.same-surface' });
  });

  // Unknown transliterations: a short form or a sound-alike of someone already named, else a new person.
  mentions.forEach((m, i) => {
    if (done.has(i) || m.source !== 'translit') return;
    done.add(i);
    const link = shortFormOwner(m.key, registry, dict, names);
    if (link) {
      registry.addMention(link.entity, m, { method: link.method, confidence: link.score, rule: `zh.resolve.${link.method}` });
      if (link.method === 'phonetic') registry.propose(link.entity, m.text, 'zh', 'phonetic', link.score, m);
      return;
    }
    // A variant spelling of someone in the dictionary (米拉·穆拉迪), by sound.
    const sound = m.key.length >= 3 ? matchDictionaryBySound(m.text.replace(/[・•‧]/g, '·'), dict, names) : null;
    if (sound?.decision === 'link') {
      const known = registry.known(sound.entityId);
      registry.addMention(known, m, { method: 'phonetic', confidence: Math.min(0.9, sound.score), rule: 'zh.resolve.phonetic-dictionary' });
      registry.propose(known, m.text, 'zh', 'phonetic', sound.score, m);
      return;
    }
    const entity = registry.unknown('person', m.text, { en: null, zh: m.text });
    registry.addMention(entity, m, { method: 'unknown', confidence: 0.6, rule: 'zh.resolve.unknown-transliteration' });
    // Below the link threshold, a likely match is only proposed: a person decides.
    if (sound) registry.proposeKnown(sound.entityId, m.text, 'zh', 'phonetic', sound.score, m);
  });

  // Unknown native names, where the context says a person stands there.
  mentions.forEach((m, i) => {
    if (done.has(i) || m.source !== 'native') return;
    done.add(i);
    const link = shortFormOwner(m.key, registry, dict, names);
    if (link && link.method === 'short-form') {
      registry.addMention(link.entity, m, { method: link.method, confidence: link.score, rule: 'zh.resolve.short-form' });
      return;
    }
    const romanized = romanizeChineseName(m.key);
    const entity = registry.unknown('person', romanized, { en: romanized, zh: m.text });
    registry.addMention(entity, m, { method: 'pinyin', confidence: 0.7, rule: 'zh.resolve.native-pinyin' });
  });

  // Organisations the dictionary does not know, named by their form (云岫机器人 → Yunxiu Robotics).
  mentions.forEach((m, i) => {
    if (done.has(i) || m.source !== 'org-pattern') return;
    done.add(i);
    const entity = registry.unknown('org', m.guess ?? orgNameGuess(m.key), { en: null, zh: m.text });
    registry.addMention(entity, m, { method: 'unknown', confidence: 0.6, rule: m.rule.replace('mention', 'resolve') });
  });
  linkHonorificForms(text, work, tokens, registry);

  // Short forms that no finder marked: a given name or surname of someone named in the article
  // (米拉 for 米拉·穆拉蒂, 马克 for 马克陈), as a whole run of tokens.
  const covered = new Array<boolean>(text.length).fill(false);
  for (const m of registry.mentions()) for (let k = m.start; k < m.end; k++) covered[k] = true;
  const forms = shortForms(registry, dict);
  if (!forms.size) return;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[tokens[i].start] || !/^\p{Script=Han}/u.test(tokens[i].norm)) continue;
    let key = '';
    let matched: { j: number; entity: Entity } | null = null;
    for (let j = i; j < tokens.length && j < i + 5; j++) {
      const t = tokens[j];
      if (covered[t.start] || !/^\p{Script=Han}+$/u.test(t.norm) || (j > i && t.start !== tokens[j - 1].end)) break;
      key += zhKey(t.norm);
      if (key.length > 6) break;
      const owner = forms.get(key);
      if (owner && owner !== 'ambiguous') matched = { j, entity: owner };
    }
    if (!matched) continue;
    const after = tokens[matched.j + 1];
    // The run must end where a word ends: 马克 in 马克思 is not Mark.
    if (after && after.start === tokens[matched.j].end && /^\p{Script=Han}$/u.test(after.norm) && after.tag?.startsWith('nr')) continue;
    const span = { start: tokens[i].start, end: tokens[matched.j].end, text: text.slice(tokens[i].start, tokens[matched.j].end) };
    registry.addMention(matched.entity, span, { method: 'short-form', confidence: 0.85, rule: 'zh.resolve.short-form' });
    for (let k = span.start; k < span.end; k++) covered[k] = true;
    i = matched.j;
  }
}

/** The head of an organisation's name and its suffix's English: 云岫机器人 → 云岫 + Robotics. */
export function stripOrgSuffix(name: string): { head: string; suffixEn: string | null } {
  // The legal form goes first (北京字节跳动科技有限公司 → 北京字节跳动科技), then a kind with an English word.
  const legal = /(?:股份有限公司|有限责任公司|有限公司|公司)$/.exec(name);
  const core = legal && legal.index > 0 ? name.slice(0, legal.index) : name;
  // A suffix without an English word (互娱) stays part of the romanised name (Leyou Huyu).
  for (const [suffix, en] of ORG_SUFFIXES) if (en && core.endsWith(suffix) && core.length > suffix.length) return { head: core.slice(0, -suffix.length), suffixEn: en };
  return { head: core, suffixEn: null };
}

/** A best-guess Latin name for an unknown Chinese organisation: pinyin of its head, its suffix in English. */
export function orgNameGuess(name: string): string {
  const { head: fullHead, suffixEn } = stripOrgSuffix(name);
  // A leading place keeps its English name: 新加坡政府 → Government of Singapore.
  const place = leadingPlace(fullHead);
  const head = place ? fullHead.slice(place.zh.length) : fullHead;
  if (place && !head && suffixEn) return /^(?:Government|Embassy)$/.test(suffixEn) ? `${suffixEn} of ${place.en}` : `${place.en} ${suffixEn}`;
  // 东嘉市财政局 → Dongjia Municipal Finance Bureau.
  const admin = /(市|省|县|区)$/.exec(head);
  const adminEn = admin ? { 市: 'Municipal', 省: 'Provincial', 县: 'County', 区: 'District' }[admin[1] as '市' | '省' | '县' | '区'] : null;
  const syllables = pinyin(admin ? head.slice(0, -1) : head, { toneType: 'none', type: 'array' }) as string[];
  const words: string[] = [];
  // Two characters to a word, as Chinese brand names are usually romanised (Leyou Huyu, Yunxiu).
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  if (words.length > 1 && words[words.length - 1].length <= 3 && syllables.length % 2 === 1) words.splice(-2, 2, words[words.length - 2] + words[words.length - 1]);
  const latin = [place?.en, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)), adminEn].filter(Boolean).join(' ');
  return suffixEn ? `${latin} ${suffixEn}` : latin;
}

const HONORIFIC_TITLES = '总|董|行长|总裁|董事长|老师|先生|女士|教授|书记|主席|部长|市长|局长|院长|校长|经理|工';

/** 顾总, 李行长: a surname with a title, for the one person of that surname named in the article. */
function linkHonorificForms(text: string, work: string, tokens: Token[], registry: EntityRegistry): void {
  const bySurname = new Map<string, Entity | 'ambiguous'>();
  for (const e of registry.all()) {
    if (e.type !== 'person' || !e.mentions.length || !e.names.zh || !looksLikeNativeName(zhKey(e.names.zh))) continue;
    const zh = zhKey(e.names.zh);
    const surname = COMPOUND_SURNAMES.find((c) => zh.startsWith(c)) ?? zh[0];
    const prev = bySurname.get(surname);
    bySurname.set(surname, prev && prev !== e ? 'ambiguous' : e);
  }
  if (!bySurname.size) return;
  const starts = new Set(tokens.map((t) => t.start));
  // 李行长表示 / 顾总骨子里: a surname with a title; a one-character title (总, 董) also when a word follows.
  const re = new RegExp(`(${[...bySurname.keys()].join('|')})(?:${HONORIFIC_TITLES})`, 'gu');
  for (const m of work.matchAll(re)) {
    const start = m.index!;
    if (!starts.has(start)) continue;
    const owner = bySurname.get(m[1]);
    if (!owner || owner === 'ambiguous') continue;
    const end = start + m[0].length;
    if (registry.mentions().some((x) => x.start < end && start < x.end)) continue;
    registry.addMention(owner, { start, end, text: text.slice(start, end) }, { method: 'short-form', confidence: 0.8, rule: 'zh.resolve.surname-title' });
  }
}

function aliasMethod(m: NameMention, dict: CompiledDictionary, entityId: string): 'alias' | 'variant' {
  const e = dict.entities.get(entityId);
  if (!e) return 'alias';
  // Written exactly as one of the dictionary's forms (after script folding) or a variant (separator dropped).
  return /[·・•‧]/.test(m.text) || m.key.length === m.text.length ? 'alias' : 'variant';
}

/**
 * Given names and surnames (≥ 2 characters) of the people named in the article, mapped to their
 * owner; a form two people share maps to 'ambiguous' and links nobody.
 */
function shortForms(registry: EntityRegistry, dict: CompiledDictionary): Map<string, Entity | 'ambiguous'> {
  const forms = new Map<string, Entity | 'ambiguous'>();
  const add = (form: string, e: Entity) => {
    if (form.length < 2) return;
    const prev = forms.get(form);
    forms.set(form, prev && prev !== e ? 'ambiguous' : e);
  };
  for (const e of registry.all()) {
    if (!e.mentions.length) continue;
    if (e.type === 'org') {
      // 云岫 for 云岫机器人: an unknown organisation's name without its suffix.
      if (!e.resolved && e.names.zh) {
        const head = stripOrgSuffix(zhKey(e.names.zh)).head;
        if (head.length >= 2 && head !== zhKey(e.names.zh)) add(head, e);
      }
      continue;
    }
    const d = dict.entities.get(e.id);
    if (d) for (const f of [...d.zhGiven, ...d.zhSurnames]) add(f, e);
    // Full Chinese forms seen in the article, split where they meet: a prefix or a suffix of at least
    // two characters leaving at least one (马克 of 马克陈; 阿莫蒂 of 达里奥阿莫蒂).
    for (const m of e.mentions) {
      if (!/\p{Script=Han}/u.test(m.text)) continue;
      const parts = m.text.split(/[·・•‧]/).map(zhKey).filter(Boolean);
      if (parts.length > 1) {
        add(parts[0], e);
        add(parts[parts.length - 1], e);
        continue;
      }
      const full = zhKey(m.text);
      if (looksLikeNativeName(full)) {
        // 嘉禾 for 陈嘉禾: a two-character given name, unless it is an ordinary word (建国, 海洋).
        const surname = COMPOUND_SURNAMES.find((c) => full.startsWith(c)) ?? full[0];
        const given = full.slice(surname.length);
        if (given.length === 2 && !commonWordsZh().has(given)) add(given, e);
        continue;
      }
      if (full.length < 4) continue;
      for (let k = 2; k <= full.length - 2; k++) {
        add(full.slice(0, k), e);
        add(full.slice(k), e);
      }
    }
  }
  return forms;
}

/** Who an unknown transliteration refers to among the people already named, and how sure. */
function shortFormOwner(key: string, registry: EntityRegistry, dict: CompiledDictionary, names: NameScorer): { entity: Entity; method: 'short-form' | 'phonetic'; score: number } | null {
  const forms = shortForms(registry, dict);
  const exact = forms.get(key);
  if (exact && exact !== 'ambiguous') return { entity: exact, method: 'short-form', score: 0.85 };
  if (exact === 'ambiguous') return null;
  let best: { entity: Entity; score: number } | null = null;
  let second = 0;
  for (const e of registry.all()) {
    if (e.type !== 'person' || !e.mentions.length) continue;
    const d = dict.entities.get(e.id);
    const latin = new Set<string>();
    if (d) for (const p of [...d.enGiven, ...d.enSurnames, d.name]) latin.add(p);
    if (e.names.en) for (const p of [e.names.en, ...e.names.en.split(/\s+/)]) latin.add(p);
    const zhForms = new Set<string>(d ? [...d.zhGiven, ...d.zhSurnames] : []);
    let score = 0;
    for (const l of latin) if (/^[A-Za-z][A-Za-z' -]+$/.test(l) && l.length >= 3) score = Math.max(score, names.phoneticScore(key, l));
    for (const z of zhForms) score = Math.max(score, sameSoundShare(key, z) * 0.95);
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { entity: e, score };
    } else second = Math.max(second, score);
  }
  if (best && best.score >= names.linkThreshold && best.score - second > 0.1) return { entity: best.entity, method: 'phonetic', score: Math.min(0.9, best.score) };
  return null;
}

/** Share of positions where two equally long transliterations agree (雅库布 / 雅各布 → 2/3). */
function sameSoundShare(a: string, b: string): number {
  if (a.length !== b.length || a.length < 3) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same === a.length - 1 && a[0] === b[0] ? same / a.length + 0.25 : 0;
}
