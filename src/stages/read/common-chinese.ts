import iconv from 'iconv-lite';

// How plausible a decoded text is as Chinese, used to choose between the CJK decodings chardet offers
// for short inputs (where it cannot tell GBK from Big5, EUC-KR or Shift_JIS). A wrong decoding of CJK
// bytes still yields CJK characters, but rare ones; a right decoding yields mostly common characters.
// "Common" is taken from the standards themselves rather than a frequency list we would have to ship:
// GB2312 level 1 (the 3,755 most used simplified characters, GBK bytes B0A1–D7F9) and Big5's
// frequently used block (5,401 traditional characters, bytes A440–C67E).

const commonCache = new Map<string, number>();

function inGb2312Level1(ch: string): boolean {
  const b = iconv.encode(ch, 'gbk');
  if (b.length !== 2) return false;
  const code = (b[0] << 8) | b[1];
  return code >= 0xb0a1 && code <= 0xd7f9 && b[1] >= 0xa1 && b[1] <= 0xfe;
}

function inBig5Frequent(ch: string): boolean {
  const b = iconv.encode(ch, 'big5');
  if (b.length !== 2) return false;
  const code = (b[0] << 8) | b[1];
  return code >= 0xa440 && code <= 0xc67e;
}

/**
 * How typical a Han character is of news text: 1 when it is among the most used characters of both
 * simplified and traditional Chinese (人, 公, 穆), 0.75 when only of one (辞 or 辭), -1 when of neither.
 * Rare characters count against a decoding because a wrong decoding lands on them often while real
 * text seldom does; shared characters count most because the lead bytes of GB2312's common block also
 * address Big5's common block, so a wrong decoding may be "common" in one script but seldom in both.
 */
export function hanCommonness(ch: string): number {
  let score = commonCache.get(ch);
  if (score === undefined) {
    const gb = /^\p{Script=Han}$/u.test(ch) && inGb2312Level1(ch);
    const big5 = /^\p{Script=Han}$/u.test(ch) && inBig5Frequent(ch);
    score = gb && big5 ? 1 : gb || big5 ? 0.75 : -1;
    commonCache.set(ch, score);
  }
  return score;
}

// Punctuation and full-width forms that Chinese text uses between its characters.
const CHINESE_PUNCTUATION = /^[\u3000-\u303f\uff01-\uff5e\u00b7\u2014\u2026\u2018\u2019\u201c\u201d\u2022\u00a0]$/u;

/**
 * How much a text reads like Chinese, from -1 to 1: the mean commonness (see hanCommonness; Chinese
 * punctuation counts 1, any other character -1) of its non-ASCII, non-space characters. Chinese text
 * decoded right scores about 0.8–0.95, a mis-decoding much less. Looks at the first `limit` such
 * characters; 0 when there are none.
 */
export function commonChineseShare(text: string, limit = 2000): number {
  let seen = 0;
  let score = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || /\s/u.test(ch)) continue;
    seen++;
    score += CHINESE_PUNCTUATION.test(ch) ? 1 : hanCommonness(ch);
    if (seen >= limit) break;
  }
  return seen === 0 ? 0 : score / seen;
}
