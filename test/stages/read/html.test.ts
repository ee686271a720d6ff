import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../../src/core/errors.js';
import { declaredCharset, decodeHtml } from '../../../src/stages/read/html-charset.js';
import { extractHtml } from '../../../src/stages/read/html.js';

const chinesePage = (): string => decodeHtml(readFileSync('fixtures/messy/web/gb2312-openai-page.html'), 'page.html').text;

const englishPage = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Northwind names Priya Raman chief executive | The Example Times</title>
  <meta property="og:url" content="https://example.com/business/northwind-ceo">
  <script type="application/ld+json">{ "broken": </script>
  <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "name": "Business"},
      {"@type": "NewsArticle", "headline": "Northwind names Priya Raman chief executive",
       "datePublished": "2025-03-04T08:15:00-08:00", "dateModified": "2025-03-05T10:00:00Z"}
    ]}
  </script>
</head>
<body>
  <header class="site-header">
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/tech">Technology</a></nav>
  </header>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
  <main>
    <article>
      <h1>Northwind names Priya Raman chief executive</h1>
      <p class="byline">By Jane Doe, Business reporter</p>
      <p>Northwind Robotics said on Tuesday that its chief operating officer, Priya Raman, will become chief
         executive on April 1, succeeding co-founder Daniel Okafor, who is retiring after eleven years.</p>
      <p>"Priya has run our factories and our customer business for five years, and she is ready," Okafor said
         in a statement. He will remain on the board as non-executive chairman.</p>
      <div class="ad-slot">Advertisement: Upgrade your home office today</div>
      <p>The company also promoted Lena Hoffmann, its head of engineering, to chief technology officer.<br>
         Northwind did not name a new chief operating officer.</p>
      <div class="social-share">Share on Facebook Share on X Email</div>
    </article>
    <aside class="related"><h2>More in Business</h2><ul><li><a href="/a">Chipmaker profits soar</a></li></ul></aside>
    <div class="newsletter">Sign up for our Business Briefing newsletter</div>
  </main>
  <footer><p>© 2025 The Example Times. All rights reserved. Terms | Privacy</p></footer>
  <script>window.dataLayer = [{ page: 'article' }];</script>
</body>
</html>`;

describe('extractHtml: a Chinese portal page (fixture, declared gb2312)', () => {
  it('keeps the article paragraphs, separated by blank lines', () => {
    const page = extractHtml(chinesePage(), 'page.html');
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^当地时间9月25日，OpenAI首席执行官萨姆·奥特曼/);
    expect(paragraphs[1]).toContain('马克·陈（Mark Chen）将升任研究高级副总裁');
    expect(paragraphs[3]).toMatch(/治理结构的关注。$/);
  });

  it('drops navigation, ads, scripts, share bar, related links, editor line and footer', () => {
    const { text } = extractHtml(chinesePage(), 'page.html');
    for (const chrome of ['首页', '下载客户端', '限时优惠', '赞助内容', 'document.write', '_hmt', '分享到', '相关阅读', '国产大模型', '关于我们', 'ICP', '责任编辑', 'margin']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads title, date, canonical URL and language from the markup', () => {
    const page = extractHtml(chinesePage(), 'page.html');
    expect(page.title).toBe('OpenAI高层再生变动：马克·陈升任研究高级副总裁');
    expect(page.published).toBe('2024-09-26T10:00:00+08:00');
    expect(page.url).toBe('https://tech.yuanwang.example.com/2024/09/26/openai-leadership.html');
    expect(page.lang).toBe('zh-CN');
  });
});

describe('extractHtml: an English news page', () => {
  const page = extractHtml(englishPage, 'en.html');

  it('keeps the story and drops the chrome', () => {
    expect(page.text).toContain('Northwind Robotics said on Tuesday that its chief operating officer, Priya Raman, will become chief executive');
    expect(page.text).toContain('Okafor said in a statement.');
    for (const chrome of ['Home', 'cookies', 'Advertisement', 'Share on', 'More in Business', 'Chipmaker', 'newsletter', 'rights reserved', 'dataLayer']) {
      expect(page.text).not.toContain(chrome);
    }
  });

  it('puts paragraphs on their own lines, and a <br> as a line break', () => {
    expect(page.text).toContain('non-executive chairman.\n\nThe company also promoted');
    expect(page.text).toContain('chief technology officer.\nNorthwind did not name');
    expect(page.text).not.toMatch(/ {2}|\n /);
  });

  it('takes the date from JSON-LD (in @graph, after a broken block) and the URL from og:url', () => {
    expect(page.published).toBe('2025-03-04T08:15:00-08:00');
    expect(page.url).toBe('https://example.com/business/northwind-ceo');
    expect(page.lang).toBe('en-GB');
    expect(page.title).toBe('Northwind names Priya Raman chief executive');
  });
});

describe('extractHtml: dates', () => {
  const wrap = (head: string, body = '<article><p>董事会任命李明为总裁，任期三年，即日起生效。</p></article>'): string =>
    `<html><head><title>t</title>${head}</head><body>${body}</body></html>`;

  it.each([
    ['<meta name="pubdate" content="2024-09-26 10:00">', '2024-09-26 10:00'],
    ['<meta name="PubDate" content="2024/09/26">', '2024/09/26'],
    ['<meta name="publishdate" content="2024年09月26日">', '2024年09月26日'],
    ['<meta name="weibo: article:create_at" content="2024-09-26 10:00:00">', '2024-09-26 10:00:00'],
    ['<meta name="DC.date.issued" content="2024-09-26">', '2024-09-26'],
    ['<meta itemprop="datePublished" content="2024-09-26">', '2024-09-26'],
    ['<meta property="og:published_time" content="2024-09-26T10:00:00Z">', '2024-09-26T10:00:00Z'],
    ['<script type="application/ld+json">[{"@type":"NewsArticle","dateCreated":"2024-09-25"}]</script>', '2024-09-25'],
  ])('%s', (head, expected) => {
    expect(extractHtml(wrap(head), 'p.html').published).toBe(expected);
  });

  it('prefers article:published_time over JSON-LD and JSON-LD over site metas', () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2024-09-25"}</script>';
    expect(extractHtml(wrap(`<meta name="pubdate" content="2024-01-01">${ld}<meta property="article:published_time" content="2024-09-26">`), 'p').published).toBe('2024-09-26');
    expect(extractHtml(wrap(`<meta name="pubdate" content="2024-01-01">${ld}`), 'p').published).toBe('2024-09-25');
  });

  it('falls back to <time datetime>, ignoring one in the navigation', () => {
    const body = '<nav><time datetime="2030-01-01">今天</time><a href="/">首页</a></nav><article><p>董事会任命李明为总裁，任期三年。</p><time datetime="2024-09-26T09:00">9月26日</time></article>';
    expect(extractHtml(wrap('', body), 'p').published).toBe('2024-09-26T09:00');
    const marked = '<article><time datetime="2024-01-01">更新</time><time pubdate datetime="2024-09-20">发布</time><p>董事会任命李明为总裁。</p></article>';
    expect(extractHtml(wrap('', marked), 'p').published).toBe('2024-09-20');
  });

  it('is null when the page gives none', () => {
    expect(extractHtml(wrap(''), 'p').published).toBeNull();
  });
});

describe('extractHtml: awkward markup', () => {
  it('reads a fragment with no <html> or <body>', () => {
    const page = extractHtml('<h1>标题</h1><p>董事会任命李明为总裁。</p><p>他此前担任副总裁。</p>', 'frag.html');
    expect(page.text).toContain('董事会任命李明为总裁。\n\n他此前担任副总裁。');
  });

  it('reads a page whose <body> tag is missing', () => {
    const page = extractHtml('<html lang="zh"><head><title>任命</title></head><p>董事会任命李明为总裁。</p><p>他此前担任副总裁。</p></html>', 'nobody.html');
    expect(page.text).toContain('他此前担任副总裁。');
    expect(page.lang).toBe('zh');
  });

  it('falls back to the body text when Readability finds nothing', () => {
    const page = extractHtml('<html><body><aside>董事会任命李明为总裁，任期三年。</aside><nav>首页</nav></body></html>', 'aside.html');
    expect(page.text).toBe('董事会任命李明为总裁，任期三年。');
  });

  it('reads a page nested 20,000 elements deep, quickly and without overflowing the stack', () => {
    const n = 20000;
    const html = `<html><body>${'<div>'.repeat(n)}<p>董事会任命李明为总裁。</p>${'</div>'.repeat(n)}</body></html>`;
    const started = Date.now();
    expect(extractHtml(html, 'deep.html').text).toBe('董事会任命李明为总裁。');
    expect(Date.now() - started).toBeLessThan(15_000); // Readability alone would take hours
  });

  it('joins CJK lines that only the HTML source broke', () => {
    const page = extractHtml('<html><body><article><p>董事会任命\n    李明为总裁，\n    任期三年。 He joined in 2019.</p></article></body></html>', 'p.html');
    expect(page.text).toBe('董事会任命李明为总裁，任期三年。 He joined in 2019.');
  });

  it("throws 'empty' for a page without text", () => {
    let err: unknown;
    try {
      extractHtml('<html><head><title>跳转中</title><script>location.href="/a"</script></head><body></body></html>', 'redirect.html');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NewsannoError);
    expect((err as NewsannoError).code).toBe('empty');
    expect((err as NewsannoError).options.file).toBe('redirect.html');
  });
});

describe('HTML decoding', () => {
  it('reads the declared charset from <meta charset> and http-equiv, mapped as browsers do', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="GBK"></head>'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from("<meta charset='big5'>"))).toBe('big5');
    expect(declaredCharset(Buffer.from('<meta charset="iso-8859-1">'))).toBe('windows-1252');
    expect(declaredCharset(Buffer.from('<html><body>no declaration</body></html>'))).toBeNull();
  });

  it('decodes a short GBK page by its declaration', () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>宣布辞职</p></body></html>';
    const decoded = decodeHtml(iconv.encode(html, 'gbk'), 'p.html');
    expect(decoded).toMatchObject({ text: html, encoding: 'gb18030' });
  });

  it('reads a UTF-8 page that still declares gb2312', () => {
    const html = '<html><head><meta charset="gb2312"></head><body><p>宣布辞职</p></body></html>';
    expect(decodeHtml(Buffer.from(html, 'utf8'), 'p.html')).toMatchObject({ text: html, encoding: 'utf-8' });
  });

  it('detects a Big5 page that declares utf-8', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>宏晟電子今日宣佈，總經理陳志明因個人健康因素請辭，辭職即日生效。</p></body></html>';
    expect(decodeHtml(iconv.encode(html, 'big5'), 'p.html')).toMatchObject({ text: html, encoding: 'big5' });
  });
});
