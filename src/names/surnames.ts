// Romanisations of Chinese surnames that pinyin alone misses: Wade-Giles (Taiwan), Cantonese (Hong
// Kong), Hokkien and Teochew (Singapore, Malaysia), Korean readings. Hand-made from common usage;
// the generic Wade-Giles rewrite below covers the regular cases for every other surname.

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文',
  '轩辕', '端木', '独孤', '南宫', '万俟', '闻人', '西门', '申屠', '澹台', '呼延', '公羊', '太史', '钟离',
]);

const VARIANTS: Record<string, string[]> = {
  陈: ['chan', 'tan', 'chin', 'chern'], 黄: ['wong', 'ng', 'hwang', 'ooi', 'wee', 'uy'], 李: ['lee', 'lei', 'lai', 'ly', 'yi', 'rhee'],
  张: ['chang', 'cheung', 'teo', 'chong', 'cheong', 'chiang'], 刘: ['lau', 'lao', 'lew', 'low', 'yoo'], 林: ['lam', 'lim', 'lum'],
  王: ['wong', 'ong', 'heng'], 吴: ['ng', 'goh', 'woo', 'ngo', 'go'], 杨: ['yeung', 'yeo', 'young', 'yong', 'yeoh'],
  赵: ['chao', 'chiu', 'chew', 'cho'], 周: ['chou', 'chow', 'chau', 'chew', 'chu', 'joe'], 徐: ['hsu', 'tsui', 'chui', 'hui', 'seo'],
  孙: ['suen', 'soon', 'son'], 马: ['mah', 'beh'], 朱: ['chu', 'chiu', 'choo', 'gee', 'joo'], 胡: ['woo', 'oh', 'foo'],
  郭: ['kuo', 'kwok', 'kwek', 'quek', 'kok'], 何: ['ho', 'hoh', 'ha'], 高: ['kao', 'ko', 'kou', 'koh'], 罗: ['lo', 'law', 'loh', 'lor', 'ra'],
  郑: ['cheng', 'chung', 'tay', 'teh', 'chang', 'jung'], 梁: ['leung', 'neo', 'leong', 'ryang'], 谢: ['hsieh', 'tse', 'chia', 'seah'],
  宋: ['sung'], 唐: ['tong', 'thong'], 许: ['hsu', 'hui', 'khoo', 'koh', 'heo'], 邓: ['teng', 'tang'], 冯: ['fung', 'fong'],
  韩: ['hon', 'hahn'], 曹: ['tsao', 'tso', 'chou', 'cho'], 曾: ['tseng', 'tsang', 'chan', 'chang'], 彭: ['pang', 'phang'],
  萧: ['hsiao', 'siu', 'siew', 'seow'], 肖: ['hsiao', 'siu', 'siew', 'seow'], 蔡: ['tsai', 'choi', 'choy', 'chua', 'tsoi'],
  潘: ['poon', 'phua', 'pun'], 田: ['tien'], 董: ['tung'], 袁: ['yuen'], 于: ['yue'], 余: ['yue', 'yee', 'yeo', 'u'],
  叶: ['yeh', 'yip', 'yap', 'yeap'], 蒋: ['chiang', 'tseung'], 杜: ['tu', 'to'], 苏: ['so', 'soh', 'saw'], 魏: ['ngai', 'wi'],
  程: ['ching'], 吕: ['lui', 'lue', 'leu', 'lyu'], 丁: ['ting'], 沈: ['shum', 'sim', 'sham', 'shim'], 任: ['jen', 'yam', 'yum'],
  姚: ['yiu'], 卢: ['lo', 'lou', 'loo', 'roh'], 钟: ['chung', 'chong'], 姜: ['chiang', 'keung', 'kang'], 崔: ['tsui', 'choi', 'chui'],
  谭: ['tam', 'taam'], 陆: ['luk', 'look'], 范: ['faan', 'huan'], 汪: ['wong'], 廖: ['liu', 'liew'], 石: ['shih', 'shek'],
  金: ['chin', 'kam', 'kim'], 贾: ['chia', 'ka'], 夏: ['hsia', 'ha'], 傅: ['foo', 'pau'], 付: ['foo'], 方: ['fong', 'hong'],
  白: ['pai', 'pak', 'baek'], 邹: ['tsou', 'chow'], 孟: ['mang'], 熊: ['hsiung', 'hung'], 秦: ['chin', 'chun'],
  邱: ['chiu', 'yau', 'khoo', 'hiew'], 丘: ['chiu', 'yau', 'khoo'], 江: ['chiang', 'kong', 'kang'], 尹: ['wan', 'yoon'],
  黎: ['lai'], 易: ['yik'], 常: ['sheung'], 武: ['mo'], 乔: ['chiao', 'kiu'], 贺: ['ho'], 赖: ['lye'], 龚: ['kung', 'kong'],
  文: ['man', 'boon', 'moon'], 庞: ['pong'], 樊: ['faan'], 殷: ['yan'], 施: ['shih', 'sze', 'see'], 陶: ['tou', 'to'],
  洪: ['hung', 'ang', 'ung'], 翟: ['chai'], 安: ['on', 'ahn'], 颜: ['yen', 'ngan', 'gan'], 倪: ['ngai'], 严: ['yen', 'yim'],
  温: ['wan', 'woon', 'boon'], 季: ['chi', 'kwai'], 章: ['chang', 'cheung'], 葛: ['ko', 'kot'], 伍: ['ng'], 韦: ['wai'],
  申: ['san', 'shin'], 尤: ['yau'], 聂: ['nip'], 焦: ['chiao', 'chiu'], 向: ['hsiang', 'heung'], 柳: ['lau'], 邢: ['hsing', 'ying'],
  岳: ['yueh', 'ngok'], 齐: ['chi', 'chai'], 梅: ['mui', 'moy'], 莫: ['mok'], 庄: ['chuang', 'chong', 'chng'], 辛: ['hsin', 'sun'],
  管: ['kuan', 'koon'], 祝: ['chu', 'chuk'], 左: ['tso', 'chor'], 谷: ['ku', 'kuk'], 时: ['shih'], 詹: ['chan', 'chim', 'jim'],
  关: ['kwan', 'kuan'], 纪: ['chi', 'kei'], 盛: ['shing'], 童: ['tung'], 欧: ['au', 'ow'], 甄: ['yan', 'chen'], 成: ['shing', 'sing'],
  游: ['yau', 'iu'], 裴: ['pui'], 卫: ['wai'], 屈: ['wat'], 鲍: ['pao', 'pau'], 覃: ['tam', 'chin'], 霍: ['fok'], 翁: ['yung', 'ong'],
  甘: ['kam'], 薛: ['hsueh', 'sit'], 欧阳: ['auyeung', 'auyang', 'owyang'], 司徒: ['szeto', 'seto'], 上官: ['sheungkwun'],
};

/** Common single-character Chinese surnames (those with romanisation variants above, and more). */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set([
  ...Object.keys(VARIANTS).filter((k) => k.length === 1),
  ...'毛邵孔史侯雷钱戴汤段顾龙万郝康牛',
]);

/** Is a 2-4 character run shaped like a native Chinese full name (surname + one or two characters)? */
export function looksLikeNativeName(s: string): boolean {
  const chars = [...s];
  if (COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))) return chars.length === 3 || chars.length === 4;
  return COMMON_SURNAMES.has(chars[0]) && (chars.length === 2 || chars.length === 3);
}

/** Wade-Giles spelling of a pinyin syllable, by the regular initial and final rewrites. */
export function wadeGiles(syllable: string): string {
  const initials: Array<[RegExp, string]> = [
    [/^zh/, 'ch'], [/^ch/, 'ch'], [/^sh/, 'sh'], [/^j/, 'ch'], [/^q/, 'ch'], [/^x/, 'hs'], [/^z/, 'ts'], [/^c/, 'ts'],
    [/^r/, 'j'], [/^b/, 'p'], [/^d/, 't'], [/^g/, 'k'],
  ];
  let out = syllable;
  for (const [re, to] of initials)
    if (re.test(out)) {
      out = out.replace(re, to);
      break;
    }
  return out.replace(/ong$/, 'ung').replace(/ian$/, 'ien').replace(/ie$/, 'ieh').replace(/uo$/, 'o').replace(/^you$/, 'yu');
}

/** Lower-case Latin spellings an English text may give a surname whose pinyin syllables are `pinyin`. */
export function surnameSpellings(surname: string, pinyin: string[]): Set<string> {
  const plain = pinyin.map((s) => s.toLowerCase().replace(/ü|v/g, 'u'));
  const out = new Set<string>([plain.join(''), plain.map(wadeGiles).join('')]);
  if (pinyin.some((s) => /ü|v/.test(s))) {
    out.add(pinyin.map((s) => s.replace(/ü|v/g, 'v')).join(''));
    out.add(pinyin.map((s) => s.replace(/ü|v/g, 'yu')).join(''));
  }
  for (const v of VARIANTS[surname] ?? []) out.add(v);
  return out;
}
