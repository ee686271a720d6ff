import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../helpers/tmp.js';
import { decodeText } from '../../../src/stages/read/decode.js';

const zhLong =
  '美国人工智能公司OpenAI首席技术官米拉·穆拉蒂当地时间9月25日宣布离职。她表示，希望留出时间和空间进行自己的探索。' +
  '首席执行官萨姆·奥特曼随后表示，公司将调整研究团队的架构。';
const zhtLong =
  '宏晟電子今日宣佈，總經理陳志明因個人健康因素請辭，辭職即日生效。董事會同時通過人事案，由現任營運長林美玲升任總經理。';
const en = 'Northwind Robotics said on Tuesday that Priya Raman will become chief executive on April 1.';

describe('decodeText: round trips', () => {
  const cases: Array<[string, string, Buffer]> = [
    ['utf-8', zhLong, Buffer.from(zhLong, 'utf8')],
    ['gbk', zhLong, iconv.encode(zhLong, 'gbk')],
    ['gb18030 (a character outside GBK)', zhLong + '𠮷', iconv.encode(zhLong + '𠮷', 'gb18030')],
    ['big5', zhtLong, iconv.encode(zhtLong, 'big5')],
    ['utf-16le with BOM', zhLong, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(zhLong, 'utf16le')])],
    ['utf-16be with BOM', en, Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(en, 'utf16be')])],
    ['utf-8 with BOM', zhLong, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zhLong, 'utf8')])],
    ['windows-1252 smart quotes', 'The bank’s chief said “we are ready” on Monday.', iconv.encode('The bank’s chief said “we are ready” on Monday.', 'windows-1252')],
  ];
  it.each(cases)('%s', (_label, text, bytes) => {
    expect(decodeText(bytes, 'f.txt').text).toBe(text);
  });

  it('names the encoding and strips the BOM', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('穆拉蒂', 'utf8')]), 'f.md');
    expect(d).toEqual({ text: '穆拉蒂', encoding: 'utf-8', bom: true });
    const g = decodeText(iconv.encode(zhLong, 'gbk'), 'f.txt');
    expect(g.encoding).toBe('gb18030');
    expect(g.bom).toBe(false);
    expect(decodeText(iconv.encode(zhtLong, 'big5'), 'f.txt').encoding).toBe('big5');
    const u16 = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('\ufeffx', 'utf16le')]), 'f.txt');
    expect(u16.text).toBe('x'); // a doubled BOM does not survive either
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\n\r\nd'), 'f.txt').text).toBe('a\nb\nc\n\nd');
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('第一段\r\n\r\n第二段\r\n', 'utf16le')]);
    expect(decodeText(u16, 'f.txt').text).toBe('第一段\n\n第二段\n');
  });

  it('reads UTF-8 with one malformed byte as UTF-8, not as a code page', () => {
    const bytes = Buffer.from('穆拉蒂宣布离职。'.repeat(20), 'utf8');
    bytes[5] = 0xff;
    const d = decodeText(bytes, 'f.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.endsWith('穆拉蒂宣布离职。')).toBe(true);
  });

  it('reads GBK and Big5 cut off in the middle of the last character', () => {
    const gbk = iconv.encode(zhLong, 'gbk');
    const g = decodeText(gbk.subarray(0, gbk.length - 1), 'f.txt');
    expect(g.encoding).toBe('gb18030');
    expect(g.text.startsWith(zhLong.slice(0, -1))).toBe(true);
    const big5 = iconv.encode(zhtLong + zhtLong, 'big5');
    const b = decodeText(big5.subarray(0, big5.length - 1), 'f.txt');
    expect(b.encoding).toBe('big5');
    expect(b.text.startsWith(zhtLong)).toBe(true);
  });

  it('reads UTF-8 cut off in the middle of the last character', () => {
    const bytes = Buffer.from(zhLong, 'utf8');
    const d = decodeText(bytes.subarray(0, bytes.length - 1), 'f.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('美国人工智能公司')).toBe(true);
  });
});

describe('decodeText: short Chinese texts (chardet alone gets these wrong)', () => {
  // Measured: chardet 2.2's top guess is never GB18030 for GBK texts under 12 characters.
  const simplified = ['宣布辞职', '董事会任命', '首席执行官辞职', '穆拉蒂宣布离职', '公司总裁卸任', '接替已离职的前任', '时间和空间'];
  const traditional = ['宣佈辭職', '董事會任命', '首席執行官辭職', '穆拉蒂宣佈離職', '公司總裁卸任', '接替已離職的前任', '營運長升任總經理'];
  it.each(simplified)('GBK %s', (s) => {
    const bytes = iconv.encode(s, 'gbk');
    expect(decodeText(bytes, 'f.txt')).toEqual({ text: s, encoding: 'gb18030', bom: false });
  });
  it.each(traditional)('Big5 %s', (s) => {
    const bytes = iconv.encode(s, 'big5');
    expect(iconv.decode(bytes, 'big5')).toBe(s);
    expect(decodeText(bytes, 'f.txt')).toEqual({ text: s, encoding: 'big5', bom: false });
  });
  it('every 5- to 12-character window of a passage, in GBK and in Big5', () => {
    const passages: Array<[string, string, string]> = [
      ['gbk', 'gb18030', '美国人工智能公司首席技术官当地时间周三在社交媒体上宣布离职她表示希望留出时间和空间进行自己的探索董事会任命新的总裁负责销售和海外业务原首席执行官因年龄原因卸任但将继续担任董事长'],
      ['big5', 'big5', '宏晟電子今日宣佈總經理陳志明因個人健康因素請辭辭職即日生效董事會同時通過人事案由現任營運長林美玲升任總經理並兼任發言人陳志明在公司服務長達十八年任內帶領宏晟從代工廠轉型為車用電子供應商'],
    ];
    const wrong: string[] = [];
    for (const [enc, expected, passage] of passages) {
      for (let len = 5; len <= 12; len++) {
        for (let i = 0; i + len <= passage.length; i++) {
          const s = passage.slice(i, i + len);
          const d = decodeText(iconv.encode(s, enc), 'f.txt');
          if (d.text !== s || d.encoding !== expected) wrong.push(`${enc} ${s} → ${d.text} (${d.encoding})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('an English sentence quoting a Chinese name in GBK', () => {
    const s = 'OpenAI CTO Mira Murati (穆拉蒂) resigned on Wednesday.';
    expect(decodeText(iconv.encode(s, 'gbk'), 'f.txt').text).toBe(s);
  });
});

describe('decodeText: other encodings still read right', () => {
  it.each([
    ['windows-1252', 'La banque a annoncé la nomination de Marcus Lee au poste de directeur des risques, avec effet immédiat. Il remplace Sandra Voss, qui a quitté la banque en décembre.'],
    ['windows-1251', 'Банк объявил о назначении нового директора по рискам. Он сменит на посту Сандру Восс.'],
    ['shift_jis', 'トヨタ自動車の社長が辞任を発表した。新しい社長は来月就任する予定です。'],
    ['euc-kr', '삼성전자 사장이 사임을 발표했다. 새 사장은 다음 달 취임할 예정이다.'],
  ])('%s', (enc, s) => {
    expect(decodeText(iconv.encode(s, enc), 'f.txt').text).toBe(s);
  });
});

describe('decodeText: failures', () => {
  it("'empty' for an empty file, a BOM alone, or whitespace", () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' \r\n\t\u3000\n'), Buffer.from([0xff, 0xfe, 0x20, 0x00])]) {
      const err = thrown(() => decodeText(bytes, 'dir/empty.txt'));
      expect(err.code).toBe('empty');
      expect(err.options.file).toBe('dir/empty.txt');
      expect(err.hint).toBeTruthy();
    }
  });

  it("'binary' for images, archives, PDFs, NUL bytes and control characters", () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1');
    const nul = Buffer.from('some text\u0000with a NUL', 'latin1');
    const control = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    const cases: Array<[Buffer, RegExp]> = [[png, /PNG/], [zip, /zip/], [pdf, /PDF/], [nul, /NUL/], [control, /control/]];
    for (const [bytes, message] of cases) {
      const err = thrown(() => decodeText(bytes, 'logo.png'));
      expect(err.code).toBe('binary');
      expect(err.message).toMatch(message);
      expect(err.hint).toMatch(/not an article/);
    }
  });

  it("'decode' when no encoding reads the bytes cleanly", () => {
    // UTF-8 with every third byte lost: no well-formed characters left, and no code page fits.
    const whole = Buffer.from('穆拉蒂宣布离职。'.repeat(20), 'utf8');
    const mangled = Buffer.from(whole.filter((_, i) => i % 3 !== 2));
    const err = thrown(() => decodeText(mangled, 'broken.txt'));
    expect(err.code).toBe('decode');
    expect(err.message).toMatch(/unreadable/);
    expect(err.hint).toMatch(/UTF-8/);
  });

  it("'decode' when a BOM promises an encoding the rest is not in", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(zhLong, 'gbk')]);
    expect(thrown(() => decodeText(bytes, 'f.txt')).code).toBe('decode');
  });
});

describe('decodeText: a declared charset', () => {
  it('is used when the bytes are not UTF-8', () => {
    const s = '宣布辞职';
    // Four GBK characters alone are ambiguous; the declaration settles it.
    expect(decodeText(iconv.encode(s, 'gbk'), 'p.html', { declared: 'gb18030' })).toMatchObject({ text: s, encoding: 'gb18030' });
  });
  it('gives way to valid UTF-8 and to detection when it is wrong', () => {
    expect(decodeText(Buffer.from(zhLong, 'utf8'), 'p.html', { declared: 'gb18030' }).encoding).toBe('utf-8');
    expect(decodeText(iconv.encode(zhtLong, 'big5'), 'p.html', { declared: 'utf-8' }).text).toBe(zhtLong);
  });
});
