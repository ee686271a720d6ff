// Ordinary Chinese words, to tell a name (沈墨涵, 乐游互娱) from a word that merely starts with a surname
// character (高层, 周年) or an organisation from a description (人形机器人公司). Read once from jieba's
// own dictionary, which is installed with nodejieba, plus a few words jieba lacks.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Frequent words jieba's dictionary does not have. */
const EXTRA = '车企 房企 药企 国企 央企 民企 外企 险企 券商 校方 官方 资方 厂商 巨头 龙头 新势力 高管 高层 董秘 高级 总监 周年 任职 何时 金融 成员 何种 全体 高位 方面 方向 孙公司 程序 程度 邓公 马上 马路 周期 周边 周末 周刊 高端 高效 文件 文化 常务 常规 安全 安排 齐心 包括 宁可 尚未 符合 舒适 阮囊 柯基 纪律 纪念 梅花 童年 凌晨 毕竟 单位 单独 季度 裴回 霍然 涂改 成为 成功 成立 苗头 谷歌 盛大 曲线 翁婿 冉冉 骆驼 蓝图 路线 游戏 辛苦 靳州 管理 柴油 蒙受 鲍鱼 华为 喻示 祁连 蒲公 房地 滕州 屈指 饶恕 解读 牟利 艾滋 尤其 阳光 时间 穆斯 农业 司法 卓越 古代 吉祥 缪斯 简单 车型 项目 连续 芦苇 麦克 褚色 娄底 窦性 戚然 岑寂 景气 党委 宫廷 费用 卜算 冷静 晏起 席位 卫星 米拉 柏林 宗旨 瞿然 桂冠 全面 佟佳 应对 臧否 闵行 苟且 邬家 边境 卞和 姬妾 师兄 和平 仇恨 栾川 隋朝 商业 刁难 沙龙 荣誉 巫山 寇仇 桑梓 郎中 甄选 丛林 仲裁 虞美 敖包 巩固 明年 佘山 池塘 查询 麻烦 苑囿 迟到 邝露 封面'.split(' ');

let words: Set<string> | undefined;

function jiebaDictPath(): string | null {
  try {
    const req = createRequire(import.meta.url);
    const main = req.resolve('nodejieba');
    const file = path.join(path.dirname(main), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** Words of 2–4 characters that jieba knows as ordinary words (not person names), frequency ≥ 3. */
export function commonWordsZh(): Set<string> {
  if (words) return words;
  words = new Set(EXTRA);
  const file = jiebaDictPath();
  if (!file) return words;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const sp1 = line.indexOf(' ');
    if (sp1 < 2 || sp1 > 4) continue;
    const sp2 = line.indexOf(' ', sp1 + 1);
    const tag = line.slice(sp2 + 1).trim();
    if (tag.startsWith('nr')) continue;
    if (Number(line.slice(sp1 + 1, sp2)) >= 3) words.add(line.slice(0, sp1));
  }
  return words;
}
