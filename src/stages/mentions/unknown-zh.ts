// Names the dictionary does not know, in Chinese text: native person names (沈墨涵, 马腾飞) where the
// context says a person stands there, and organisations (云岫机器人, 乐游互娱) by their form or place.
// jieba's own person tags are unreliable on unknown names (顾/v 成林/n, 沈墨涵/x), so the rules read
// characters and context instead.
import { findCues, type CueSet } from '../../dictionary/cues.js';
import type { Token } from '../../core/types.js';
import { findRolesZh } from '../roles/index.js';
import { commonWordsZh } from './common-words-zh.js';
import { leadingPlace } from '../../dictionary/places.js';
import type { NameMention } from './types.js';

export const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封')
    .split(''),
);
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木'];
/** Characters that do not occur in given names but often follow one (周琪对记者, 马腾飞已于). */
const NOT_IN_GIVEN = new Set('的了和与及在是为对向从把被将已于也都就而并或等说称曾这那其该我你他她它们个位名年月日时后前中上下里内外会要能总董表示向称说所以并且但该此均仍还又再被让给由自至到于乎者不没无非未便才即乃则且最很太只仅皆亦却么吗呢吧啊呀哪谁啥'.split(''));
/** jieba tags that a given name's own token never has (时/n 便/d: 成立1年多时便加入). */
const NOT_NAME_TAGS = new Set(['d', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'r', 'm', 'q', 'f', 't', 'y', 'e', 'o']);
/** Person nouns that license a following name (记者周琪, 发言人…) besides job titles. */
const PERSON_NOUNS = /(?:记者|发言人|分析师|投资人|投资者|银行家|企业家|创业者|专家|学者|官员|高管|工程师|经理|创始人|联合创始人|教授|律师|主任|书记|委员|代表|院士|博士|作者|总经理|负责人|主持人|设计师|工程师|科学家|研究员|主席|主管|总监|高管|董事|理事|助理|秘书|特使|大使|部长|省长|市长|行长|校长|院长|总裁|会长|社长|局长|厅长|处长|经理|员工|前员工|前任|继任者|接班人|主帅|教练|球员|队长)(?:的)?$/;
const HONORIFIC_AFTER = /^(?:先生|女士|博士|教授|院士|同志)/;

export interface UnknownContext {
  work: string;
  text: string;
  tokens: Token[];
  taken: (start: number, end: number) => boolean;
  cues: CueSet;
}

/** Native names: surname + 1–2 characters on word boundaries, licensed by a title before or a verb after. */
export function findNativeNames(ctx: UnknownContext): NameMention[] {
  const { work, text, tokens } = ctx;
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  // jieba may glue a name's last character to a following 任 (郭子涵任校长 → 郭子/涵任): allow that end.
  for (const t of tokens) if (t.norm.length === 2 && t.norm[1] === '任' && !commonWordsZh().has(t.norm) && !/^[升担出兼接就调转离卸继现首原前曾]/.test(t.norm)) ends.add(t.start + 1);
  const common = commonWordsZh();
  const out: NameMention[] = [];
  const names = new Set<string>();
  const candidates: { start: number; end: number; licensed: boolean }[] = [];
  const GLUED = new Set('由被将把向和与及对从为'.split(''));
  // Names may also start where jieba glued them to a function character (由林/之晨) or to a title
  // (产品经理林/可欣): try those places too.
  const roleEnds = findRolesZh(work).map((r) => r.end);
  const startsAt = [...new Set([...tokens.flatMap((t) => (t.norm.length > 1 && GLUED.has(t.norm[0]) ? [t.start, t.start + 1] : [t.start])), ...roleEnds])].sort((a, b) => a - b);
  for (const i of startsAt) {
    const compound = COMPOUND_SURNAMES.find((c) => work.startsWith(c, i));
    if (!compound && !SURNAMES.has(work[i])) continue;
    const sl = compound ? 2 : 1;
    for (const len of [sl + 2, sl + 1]) {
      const end = i + len;
      const s = work.slice(i, end);
      if (!/^\p{Script=Han}+$/u.test(s) || s.length !== len || !ends.has(end)) continue;
      if ([...s.slice(sl)].some((c) => NOT_IN_GIVEN.has(c))) continue;
      // 于周四, 于上月: a time, not a given name.
      if (/^(?:周|星期|礼拜)[一二三四五六日天]$|^[上下本这]?[周月年]|[年月日号]$/.test(s.slice(sl))) continue;
      // 时/n 便/d (成立1年多时便加入) is no name; 赵/nr 立新/d is, whatever jieba tags 立新.
      if (tokens.some((x) => x.start > i && x.start < end && x.norm.length === 1 && NOT_NAME_TAGS.has(x.tag ?? ''))) continue;
      // 曾担任 is "once served", not a Mr Zeng Danren: a given name that is an event or quote verb is none
      // (周启航 is a name although 启航 is a word).
      const given = work.slice(i + sl, end);
      if (findCues(given, ctx.cues, 'trigger').some((c) => c.start === 0 && c.end === given.length) || findCues(given, ctx.cues, 'quote-verb').some((c) => c.start === 0 && c.end === given.length)) continue;
      if (common.has(s) || (len === sl + 2 && common.has(s.slice(0, 2)) && !starts.has(i + 2) && ends.has(i + 2) && len === 3 && common.has(s.slice(1)))) continue;
      if (ctx.taken(i, end)) continue;
      candidates.push({ start: i, end, licensed: licensed(ctx, i, end) });
      break;
    }
  }
  for (const c of candidates) if (c.licensed) names.add(work.slice(c.start, c.end));
  for (const c of candidates) {
    const s = work.slice(c.start, c.end);
    if (!names.has(s)) continue;
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), script: 'zh', key: s, source: 'native', hits: [], type: 'person', rule: 'zh.mention.native-name' });
  }
  void starts;
  return out;
}

function licensed(ctx: UnknownContext, start: number, end: number): boolean {
  const { work } = ctx;
  // A three-character token jieba itself tags as a person is reliable (its two-character nr tags are not).
  if (ctx.tokens.some((t) => t.start === start && t.end === end && t.tag === 'nr' && end - start === 3)) return true;
  const lineStart = work.lastIndexOf('\n', start) + 1;
  const before = work.slice(Math.max(lineStart, start - 16), start);
  if (PERSON_NOUNS.test(before)) return true;
  const roles = findRolesZh(before);
  if (roles.some((r) => r.end === before.length || (r.end === before.length - 1 && before.endsWith('的')))) return true;
  const after = work.slice(end, end + 12);
  if (HONORIFIC_AFTER.test(after) || /^[(（][A-Z]/.test(after)) return true;
  // 任命王晓东为首席财务官 / 由林之晨出任 / 将黄志远提拔为: the person an appointment names.
  if (/(?:任命|聘任|聘请|提拔|提名|委任|免去|解雇|罢免|由|将|把)$/.test(before) && (/^(?:为|的|出任|担任|接任|兼任|提拔|升任|[和与及、])/.test(after) || findCues(work, ctx.cues, 'trigger', end, end + 4).length)) return true;
  if (/^为/.test(after) && findRolesZh(after.slice(1)).some((r) => r.start === 0)) return true;
  // 张海峰是滴滴出行的首席技术官: a copula with a title later in the clause.
  if (/^是/.test(after) && findRolesZh(after.slice(0, after.search(/[,，。;；]|$/))).length) return true;
  if (findRolesZh(after).some((r) => r.start === 0)) return true;
  const clauseEnd = (() => {
    const k = after.search(/[,，。;；!?！？:：\n“「]/);
    return end + (k < 0 ? after.length : k);
  })();
  const verbs = [...findCues(work, ctx.cues, 'trigger', end, clauseEnd), ...findCues(work, ctx.cues, 'quote-verb', end, clauseEnd)];
  return verbs.some((v) => v.start - end <= 10);
}

/** Suffixes that end an organisation's name, with their English for the best-guess name. */
const SUFFIX_LIST: [string, string | null][] = [
  ['有限责任公司', null], ['股份有限公司', null], ['有限公司', null], ['公司', null], ['集团', 'Group'], ['控股', 'Holdings'], ['银行', 'Bank'], ['证券', 'Securities'],
  ['保险', 'Insurance'], ['基金', 'Fund'], ['资本', 'Capital'], ['投资', 'Investment'], ['科技', 'Technology'], ['技术', 'Technology'], ['机器人', 'Robotics'],
  ['汽车', 'Auto'], ['电子', 'Electronics'], ['网络', 'Network'], ['传媒', 'Media'], ['娱乐', 'Entertainment'], ['影业', 'Pictures'], ['医药', 'Pharmaceutical'],
  ['制药', 'Pharmaceutical'], ['生物', 'Biotech'], ['能源', 'Energy'], ['新能源', 'New Energy'], ['电力', 'Power'], ['航空', 'Airlines'], ['物流', 'Logistics'],
  ['地产', 'Properties'], ['置业', 'Properties'], ['实业', 'Industrial'], ['研究院', 'Research Institute'], ['研究所', 'Institute'], ['实验室', 'Lab'],
  ['大学', 'University'], ['学院', 'College'], ['医院', 'Hospital'], ['俱乐部', 'Club'], ['半导体', 'Semiconductor'], ['智能', 'Intelligence'], ['游戏', 'Games'],
  ['软件', 'Software'], ['通信', 'Communications'], ['电气', 'Electric'], ['重工', 'Heavy Industry'], ['钢铁', 'Steel'], ['互娱', null], ['互动', 'Interactive'],
  ['科技大学', 'University of Science and Technology'], ['理工大学', 'University of Technology'], ['工业大学', 'University of Technology'], ['师范大学', 'Normal University'],
  ['财经大学', 'University of Finance and Economics'], ['交通大学', 'Jiaotong University'], ['医科大学', 'Medical University'], ['农业大学', 'Agricultural University'],
  ['研究中心', 'Research Center'], ['委员会', 'Commission'], ['财政局', 'Finance Bureau'], ['政府', 'Government'], ['国家队', 'national team'], ['足协', 'Football Association'], ['大使馆', 'Embassy'], ['数据', 'Data'], ['信息', 'Information'], ['动力', 'Power'], ['微电子', 'Microelectronics'], ['光电', 'Optoelectronics'], ['航天', 'Aerospace'], ['出版社', 'Press'],
];
export const ORG_SUFFIXES = [...SUFFIX_LIST].sort((a, b) => b[0].length - a[0].length);
const PROPER_TAGS = new Set(['x', 'ns', 'nz', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'eng']);

/** Organisations by form: a proper-noun-like head and a suffix (云岫机器人, 东嘉银行), or jieba's nt tag. */
export function findOrgsZh(ctx: UnknownContext): NameMention[] {
  const { work, text, tokens } = ctx;
  const common = commonWordsZh();
  const out: NameMention[] = [];
  // A proper-noun-like token: not an ordinary word (车企, 人形), whatever jieba tags it.
  const proper = (t: Token) => /^\p{Script=Han}+$/u.test(t.norm) && !common.has(t.norm) && ![...t.norm].some((c) => '的了和与及在是为对向从把被将已于也都就而并或等这那其该我你他她它们个位名由年月日时前后中起任自'.includes(c));
  for (let k = 0; k < tokens.length; k++) {
    // The suffix: a token (or tokens) spelling one of the suffixes.
    const suffix = ORG_SUFFIXES.find(([s]) => work.startsWith(s, tokens[k].start) && tokens.some((t) => t.end === tokens[k].start + s.length));
    if (!suffix || k === 0) continue;
    let i = k;
    let chars = 0;
    // The head: proper-noun-like tokens, or a place (新加坡政府, 东嘉市财政局).
    const headToken = (t: Token) => proper(t) || leadingPlace(t.norm)?.zh === t.norm;
    while (i > 0 && headToken(tokens[i - 1]) && tokens[i - 1].end === tokens[i].start && chars + tokens[i - 1].norm.length <= 6) {
      i--;
      chars += tokens[i].norm.length;
    }
    if (i === k || chars < 2) continue;
    const start = tokens[i].start;
    const end = tokens[k].start + suffix[0].length;
    if (ctx.taken(start, end)) continue;
    const s = work.slice(start, end);
    out.push({ start, end, text: text.slice(start, end), script: 'zh', key: s, source: 'org-pattern', hits: [], type: 'org', rule: 'zh.mention.org-suffix' });
  }
  // One token holding head and suffix (新加坡政府/nt): the head must be a place or proper noun.
  for (const t of tokens) {
    if (ctx.taken(t.start, t.end) || out.some((o) => o.start < t.end && t.start < o.end)) continue;
    const sfx = ORG_SUFFIXES.find(([x]) => t.norm.endsWith(x) && t.norm.length > x.length);
    if (!sfx) continue;
    const head = t.norm.slice(0, -sfx[0].length);
    if (leadingPlace(head)?.zh !== head && !(head.length >= 2 && !common.has(head) && PROPER_TAGS.has(t.tag ?? ''))) continue;
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), script: 'zh', key: t.norm, source: 'org-pattern', hits: [], type: 'org', rule: 'zh.mention.org-suffix' });
  }
  // Proper nouns in an organisation's place: 加入乐游互娱 / 乐游互娱公关总监 / jieba's nt.
  for (let i = 0; i < tokens.length; i++) {
    if (!proper(tokens[i]) || ctx.taken(tokens[i].start, tokens[i].end) || out.some((o) => o.start <= tokens[i].start && tokens[i].start < o.end)) continue;
    let j = i;
    while (j + 1 < tokens.length && proper(tokens[j + 1]) && tokens[j + 1].start === tokens[j].end && work.slice(tokens[i].start, tokens[j + 1].end).length <= 8) j++;
    const start = tokens[i].start;
    const end = tokens[j].end;
    const s = work.slice(start, end);
    if (s.length < 2 || ctx.taken(start, end)) continue;
    const before = work.slice(Math.max(0, start - 3), start);
    const after = work.slice(end, end + 10);
    // jieba's nt tag alone is too loose (重大进展/nt): an organisation needs a place or a suffix.
    const nt = tokens.slice(i, j + 1).some((t) => t.tag === 'nt') && /(?:部|局|委|院|会|所|署|厅|办|社|行|司)$/.test(s);
    // 加入乐游互娱 / 在X担任: an organisation's place, where the name also ends at a boundary.
    const ends = /^(?:[,，。;；、）)\s]|的|后|并|而|时|以|之|担任|出任|任职|工作|$)/.test(after);
    const slot = (/(?:加入|离开|入职|加盟|创办|创立|执掌|掌舵|就职于|任职于|效力于)$/.test(before) && ends) || (/在$/.test(before) && /^(?:担任|任职|工作|出任)/.test(after));
    const titled = findRolesZh(after).some((r) => r.start === 0) && !/^(?:的)/.test(after) && !/[名位个]$/.test(before);
    if (leadingPlace(s)?.zh === s) continue;
    // A slot alone is weak evidence (陈嘉禾的离开早有征兆): a proper-noun tag from jieba must support it.
    const tagged = tokens.slice(i, j + 1).some((t) => PROPER_TAGS.has(t.tag ?? ''));
    if (nt || ((slot || titled) && tagged)) {
      out.push({ start, end, text: text.slice(start, end), script: 'zh', key: s, source: 'org-pattern', hits: [], type: 'org', rule: nt ? 'zh.mention.org-nt' : 'zh.mention.org-slot' });
      i = j;
    }
  }
  return out;
}
