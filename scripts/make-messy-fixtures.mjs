// Writes the encoded inputs in fixtures/messy/ (GBK, Big5, UTF-16, BOM, GB2312-declared HTML, PNG …)
// from the readable sources below, so the binary files can be re-made and reviewed as text.
// Run from the package root: node scripts/make-messy-fixtures.mjs
// The texts are written for this project (leadership news); facts about real people are paraphrased.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

const out = path.resolve('fixtures/messy');

/** Encodes and checks the round trip, so a character the encoding lacks fails here, not in a test. */
function encode(text, encoding) {
  const bytes = iconv.encode(text, encoding);
  const back = iconv.decode(bytes, encoding);
  if (back !== text) {
    const at = [...text].findIndex((ch, i) => [...back][i] !== ch);
    throw new Error(`${encoding} cannot hold ${JSON.stringify([...text][at])} (character ${at})`);
  }
  return bytes;
}

function write(name, bytes) {
  const file = path.join(out, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}

const gbkText = `美国人工智能公司OpenAI首席技术官米拉·穆拉蒂（Mira Murati）当地时间9月25日在社交媒体上宣布离职。她表示，希望留出时间和空间进行自己的探索。穆拉蒂于2018年加入OpenAI，先后负责应用人工智能和产品研发，2022年出任首席技术官。

就在同一天，首席研究官鲍勃·麦格鲁（Bob McGrew）和研究副总裁巴雷特·佐夫（Barret Zoph）也宣布离开公司。首席执行官萨姆·奥特曼随后在致员工的信中表示，三人的离职决定是各自独立作出的，公司将调整研究团队的架构，马克·陈将出任研究高级副总裁。

2023年11月，奥特曼曾被董事会短暂解职，穆拉蒂在此期间一度出任临时首席执行官。分析人士认为，接连的高层变动反映出这家公司在快速扩张和向营利机构转型过程中面临的压力。
`;

const big5Text = `宏晟電子今日宣佈，總經理陳志明因個人健康因素請辭，辭職即日生效。董事會同時通過人事案，由現任營運長林美玲升任總經理，並兼任發言人。

陳志明在公司服務長達十八年，任內帶領宏晟從代工廠轉型為車用電子供應商。他在內部信中表示：「能與各位同仁一起打拚，是我職涯中最珍貴的經歷。」

林美玲於2015年加入宏晟，曾任財務長。她表示，未來將持續深耕電動車市場，並加強與日本客戶的合作。市場人士指出，此次交接事前已有規劃，對營運影響有限。
`;

// Written as a Windows editor would save it: UTF-16 LE, BOM, CRLF line endings.
const utf16Text = `Northwind Robotics names Priya Raman chief executive

SEATTLE, March 4, 2025 - Northwind Robotics said on Tuesday that its chief operating officer, Priya Raman, will become chief executive on April 1, succeeding co-founder Daniel Okafor, who is retiring after eleven years at the helm.

"Priya has run our factories and our customer business for five years, and she is ready," Okafor said in a statement. He will remain on the board as non-executive chairman.

The company also promoted Lena Hoffmann, its head of engineering, to chief technology officer. Northwind did not name a new chief operating officer.
`.replace(/\n/g, '\r\n');

const markdownText = `# 星河汽车任命王晓东为首席执行官

星河汽车3月18日发布公告称，董事会已任命王晓东为公司首席执行官，自4月1日起生效。王晓东此前担任公司总裁，负责销售和海外业务。

原首席执行官赵建国因年龄原因卸任，但将继续担任董事长。赵建国表示：“晓东熟悉公司的每一个环节，我对他充满信心。”

公告还显示，财务副总裁刘芳晋升为首席财务官，接替已离职的孙浩。
`;

// A scraped page as Chinese portals serve it: declared gb2312, with navigation, an ad, a script,
// related links and a footer around the article.
const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>OpenAI高层再生变动：马克·陈升任研究高级副总裁_科技频道_远望新闻网</title>
<meta name="keywords" content="OpenAI,穆拉蒂,奥特曼,高管离职">
<meta name="description" content="OpenAI首席技术官穆拉蒂等三名高管同日离职，马克·陈升任研究高级副总裁。">
<meta property="og:title" content="OpenAI高层再生变动：马克·陈升任研究高级副总裁">
<meta property="article:published_time" content="2024-09-26T10:00:00+08:00">
<meta name="publishdate" content="2024-09-26">
<link rel="canonical" href="https://tech.yuanwang.example.com/2024/09/26/openai-leadership.html">
<style>.nav a{margin:0 8px}.ad-banner{background:#fe0}</style>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "//stats.example.com/hm.js"; })();</script>
</head>
<body>
<div id="top-nav" class="nav">
  <a href="/">首页</a> <a href="/news/">新闻</a> <a href="/tech/">科技</a> <a href="/finance/">财经</a>
  <a href="/sports/">体育</a> <a href="/ent/">娱乐</a> <a href="/login">登录</a> <a href="/app">下载客户端</a>
</div>
<div class="ad-banner" id="ad_top">
  <a href="https://ads.example.com/click?id=88">限时优惠：新用户注册即送三十天会员，立即下载APP领取！</a>
</div>
<div class="main-wrap">
  <div class="article" id="article">
    <h1 class="article-title">OpenAI高层再生变动：马克·陈升任研究高级副总裁</h1>
    <div class="article-info"><span class="source">来源：远望新闻网</span> <span class="date">2024年09月26日 10:00</span> <span class="editor">责任编辑：周平</span></div>
    <div class="article-content">
      <p>当地时间9月25日，OpenAI首席执行官萨姆·奥特曼在社交平台发文，确认首席技术官米拉·穆拉蒂、首席研究官鲍勃·麦格鲁和研究副总裁巴雷特·佐夫当天相继离职。</p>
      <p>奥特曼表示，公司将借此机会调整组织架构。马克·陈（Mark Chen）将升任研究高级副总裁，与首席科学家雅库布·帕乔茨基共同领导研究团队。</p>
      <script>document.write('<div class="ad-inline">赞助内容：智能理财，一键开户</div>');</script>
      <div class="ad-inline ad">赞助内容：智能理财，一键开户，年化收益看得见。</div>
      <p>据报道，穆拉蒂在OpenAI工作了六年半，曾在2023年11月董事会风波期间出任临时首席执行官。她在离职声明中称，自己希望专注于个人探索。</p>
      <p>业内人士指出，OpenAI正在推进向营利性公司转型，接连的高管离职引发外界对其治理结构的关注。</p>
    </div>
    <div class="share-bar">分享到：微博 微信 QQ空间</div>
  </div>
  <div class="related">
    <h3>相关阅读</h3>
    <ul>
      <li><a href="/tech/1.html">国产大模型密集发布新版本</a></li>
      <li><a href="/tech/2.html">芯片巨头第三季度财报超预期</a></li>
    </ul>
  </div>
</div>
<div id="footer" class="footer">
  <p>关于我们 | 联系我们 | 广告服务 | 网站地图</p>
  <p>Copyright © 2024 远望新闻网 版权所有 京ICP备00000000号</p>
</div>
</body>
</html>
`;

const jsonl = [
  JSON.stringify({
    id: 'wire-001',
    title: 'Kestrel Bank appoints Marcus Lee chief risk officer',
    text: 'Kestrel Bank said on Monday that it had appointed Marcus Lee as chief risk officer, effective immediately. Lee joins from Harbour Trust, where he led credit risk for seven years. He replaces Sandra Voss, who left the bank in December. "Marcus brings deep experience in credit and in regulation," chief executive Ruth Adler said.',
    published: '2025-02-10',
    lang: 'en',
    source_site: 'example wire',
    tags: ['banking', 'appointments'],
  }),
  JSON.stringify({
    title: '远帆物流：副总经理郑凯辞职，何静获聘',
    content: '远帆物流1月6日晚间公告，公司副总经理郑凯因工作调动辞去副总经理职务，辞职后不再在公司担任任何职务。董事会同日聘任何静为公司副总经理，任期与本届董事会一致。何静此前担任公司人力资源总监。',
    url: 'https://news.example.com/2025/01/06/123.html',
    published: '2025年1月6日',
  }),
  // A line cut off mid-record, as a crashed scraper leaves it.
  '{"title": "海鸥航空董事长辞职", "text": "海鸥航空1月20日公告，董事长周',
  JSON.stringify({
    body: 'Harbor Analytics co-founder Tom Becker has stepped down as chief product officer, the company said on Wednesday. Becker will stay on as an adviser. The company promoted Aisha Karim, its vice president of design, to chief product officer.',
    published: 'Jan 15, 2025',
    lang: 'en-US',
  }),
  '',
].join('\n');

// The smallest valid PNG (1×1 pixel): stands for images and other binaries dropped into an article folder.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

write('gbk-openai-departure.txt', encode(gbkText, 'gbk'));
write('big5-resignation.txt', encode(big5Text, 'big5'));
write('utf16le-bom-appointment.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), encode(utf16Text, 'utf16le')]));
write('utf8-bom-appointment.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(markdownText, 'utf8')]));
write('web/gb2312-openai-page.html', encode(html, 'gb18030'));
write('records.jsonl', encode(jsonl, 'utf8'));
write('empty.txt', Buffer.alloc(0));
write('logo.png', png);
