import { detect as tinyldDetect } from 'tinyld';
import type { Lang } from '../../core/types.js';

// Chinese or English is decided by counting script units: one Han character against one Latin word,
// since a Chinese character carries about as much as an English word. A Chinese article full of
// OpenAI, GPT-4o and English names still has far more characters than Latin words; an English article
// quoting a Chinese name has a handful of Han characters against hundreds of words.

/** Share of Han characters among Han characters plus Latin words at and above which a text is Chinese. */
const ZH_MIN_HAN_SHARE = 0.25;
/** Below this share of English function words a long Latin text is not English… */
const EN_MIN_FUNCTION_WORD_SHARE = 0.05;
/** …provided it has at least this many words and tinyld names another language. */
const MIN_WORDS_FOR_OTHER_LATIN = 12;

// Frequent English words that are not also frequent words of French, German, Spanish, Italian,
// Dutch or Portuguese (so no "a", "in", "on", "an", "die", "was", "also").
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to is are were has have had said says for that with from by at this which who will would he she his its their they it be been not but after than'.split(
    ' ',
  ),
);

export interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latinWords: number;
  /** Words in other alphabets: Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari … */
  otherWords: number;
  englishFunctionWords: number;
}

export function countScripts(text: string): ScriptCounts {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}[\p{Script=Latin}\p{M}'’\-\d]*/gu) ?? [];
  const other = text.match(/[^\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\P{L}]+/gu) ?? [];
  let englishFunctionWords = 0;
  for (const w of latin) if (ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())) englishFunctionWords++;
  return { han, kana, hangul, latinWords: latin.length, otherWords: other.length, englishFunctionWords };
}

export interface LanguageDetail {
  /** 'zh' or 'en', or null when the text is clearly in another language (or has no letters). */
  lang: Lang | null;
  /** What the text looks like: 'zh', 'en', 'ja', 'ko', an ISO 639-1 code from tinyld, or 'und'. */
  detected: string;
  /** Han characters / (Han characters + Latin words). */
  hanShare: number;
  /** Why, in a few words, for messages. */
  reason: string;
}

/**
 * What language a text is in, saying when it is neither Chinese nor English: Japanese (kana among
 * the CJK characters), Korean (hangul), another alphabet, or a long Latin text with next to no English
 * function words that tinyld assigns to another language.
 */
export function detectLanguageDetail(text: string): LanguageDetail {
  const c = countScripts(text);
  const cjk = c.han + c.kana + c.hangul;
  const units = cjk + c.latinWords + c.otherWords;
  const hanShare = c.han + c.latinWords === 0 ? 0 : c.han / (c.han + c.latinWords);
  if (units === 0) return { lang: null, detected: 'und', hanShare, reason: 'the text has no letters' };

  if (c.otherWords > cjk + c.latinWords) {
    const code = tinyldDetect(text) || 'und';
    return { lang: null, detected: code, hanShare, reason: 'the text is written in another alphabet' };
  }
  if (cjk > 0 && cjk / (cjk + c.latinWords) >= ZH_MIN_HAN_SHARE) {
    if (c.hangul / cjk > 0.3) return { lang: null, detected: 'ko', hanShare, reason: 'the text is Korean (hangul)' };
    if (c.kana >= 2 && c.kana / (c.han + c.kana) > 0.1) {
      return { lang: null, detected: 'ja', hanShare, reason: 'the text is Japanese (kana)' };
    }
    if (hanShare >= ZH_MIN_HAN_SHARE) return { lang: 'zh', detected: 'zh', hanShare, reason: 'mostly Han characters' };
  }

  if (c.latinWords >= MIN_WORDS_FOR_OTHER_LATIN && c.englishFunctionWords / c.latinWords < EN_MIN_FUNCTION_WORD_SHARE) {
    const code = tinyldDetect(text);
    if (code && code !== 'en') {
      return { lang: null, detected: code, hanShare, reason: 'a Latin-script text with almost no English words' };
    }
  }
  return { lang: 'en', detected: 'en', hanShare, reason: 'mostly Latin words' };
}

/** 'zh' or 'en' by the share of Han characters; for callers that must have one of the two. */
export function detectLang(text: string): Lang {
  const c = countScripts(text);
  const total = c.han + c.latinWords;
  return total > 0 && c.han / total >= ZH_MIN_HAN_SHARE ? 'zh' : 'en';
}

/**
 * A language tag as records and pages give it (zh, zh-CN, zh_Hant_TW, cmn, en-US, English …) mapped to
 * 'zh' / 'en'; 'other' for a tag naming another language; null for an empty or unreadable tag.
 */
export function langFromTag(tag: string | null | undefined): Lang | 'other' | null {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === '') return null;
  const primary = t.split(/[-_\s]/)[0];
  if (primary === 'zh' || primary === 'cmn' || primary === 'chinese' || t === '中文') return 'zh';
  if (primary === 'en' || primary === 'eng' || primary === 'english') return 'en';
  // und / mul / zxx say "unknown", "several", "no language": no instruction, so detect.
  if (primary === 'und' || primary === 'mul' || primary === 'zxx') return null;
  return /^[a-z]{2,3}$/.test(primary) ? 'other' : null;
}
