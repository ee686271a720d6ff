import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs, readInput, readInputs } from '../../../src/stages/read/files.js';

let root: string;
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function put(rel: string, content: string | Buffer): void {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'newsanno-read-'));
  put('corpus/b.txt', 'Kestrel Bank appointed Marcus Lee as chief risk officer.');
  put('corpus/a.md', '# 任命\n\n董事会任命李明为总裁。');
  put('corpus/z/deep/c.htm', '<html><body><article><p>董事会任命李明为总裁。</p></article></body></html>');
  put('corpus/z/d.jsonl', '{"text": "one"}\n{"text": "two"}\n');
  put('corpus/notes', 'A plain text file without an extension, about Lee joining.');
  put('corpus/page.php', '<!DOCTYPE html><html><body><p>Becker stepped down as chief product officer.</p></body></html>');
  put('corpus/photo.jpg', png);
  put('corpus/.hidden.txt', 'never read');
  put('corpus/.git/config', '[core]');
  put('corpus/README.md', '# About this corpus');
  symlinkSync('..', path.join(root, 'corpus/z/loop')); // a link back up: must not loop
  symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'corpus/broken.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('listInputs', () => {
  it('walks folders recursively and sorted, skipping hidden entries and README, without looping', () => {
    const dir = path.join(root, 'corpus');
    const rel = listInputs([dir]).map((f) => path.relative(root, f).split(path.sep).join('/'));
    expect(rel).toEqual([
      'corpus/a.md',
      'corpus/b.txt',
      'corpus/broken.txt',
      'corpus/notes',
      'corpus/page.php',
      'corpus/photo.jpg',
      'corpus/z/d.jsonl',
      'corpus/z/deep/c.htm',
    ]);
  });

  it('follows a link to a folder outside, reading each real folder once', () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      // corpus/z/loop points at corpus, whose z is the folder being walked: read once, then stop.
      expect(listInputs(['corpus/z'])).toEqual([
        'corpus/z/d.jsonl',
        'corpus/z/deep/c.htm',
        'corpus/z/loop/a.md',
        'corpus/z/loop/b.txt',
        'corpus/z/loop/broken.txt',
        'corpus/z/loop/notes',
        'corpus/z/loop/page.php',
        'corpus/z/loop/photo.jpg',
      ]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('joins the path as given with forward slashes, and passes files, missing paths and - through', () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      expect(listInputs(['./corpus/z/deep/', 'corpus/b.txt', 'missing.txt', '-'])).toEqual([
        'corpus/z/deep/c.htm',
        'corpus/b.txt',
        'missing.txt',
        '-',
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('readInput / readInputs', () => {
  it('reads each kind of file and reports the rest, never throwing', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const r = await readInputs(['corpus']);
      expect(r.articles.map((a) => a.source)).toEqual([
        'corpus/a.md',
        'corpus/b.txt',
        'corpus/notes',
        'corpus/page.php',
        'corpus/z/d.jsonl#1',
        'corpus/z/d.jsonl#2',
        'corpus/z/deep/c.htm',
      ]);
      const bySource = new Map(r.articles.map((a) => [a.source, a]));
      expect(bySource.get('corpus/a.md')?.title).toBe('任命');
      expect(bySource.get('corpus/notes')?.text).toMatch(/^A plain text file/);
      expect(bySource.get('corpus/page.php')?.text).toBe('Becker stepped down as chief product officer.'); // sniffed as HTML
      expect(bySource.get('corpus/z/deep/c.htm')?.text).toBe('董事会任命李明为总裁。');
      expect(r.diagnostics.map((d) => [d.source, d.code])).toEqual([
        ['corpus/broken.txt', 'missing'],
        ['corpus/photo.jpg', 'binary'],
      ]);
      expect(r.diagnostics[1].hint).toBe('not an article; remove it or ingest only the article files');
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports a missing path as a diagnostic', async () => {
    const r = await readInput(path.join(root, 'no-such-file.txt'));
    expect(r.articles).toEqual([]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'missing', source: path.join(root, 'no-such-file.txt').split(path.sep).join('/'), hint: 'check the path' }),
    ]);
  });

  it('reports a file that cannot be read as a diagnostic', async () => {
    // A Unix socket (a named pipe would block a plain read); root could read a file without permissions.
    const socketPath = path.join(root, 'reader.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const r = await readInput(socketPath);
      expect(r.articles).toEqual([]);
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringMatching(/not a regular file/) })]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.skipIf(process.platform === 'win32')('reports a named pipe instead of blocking on it', async () => {
    const fifo = path.join(root, 'feed.pipe');
    execFileSync('mkfifo', [fifo]);
    const r = await readInput(fifo);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unreadable' })]);
  });

  it('reads a folder given to readInput directly', async () => {
    const r = await readInput(path.join(root, 'corpus/z/deep'));
    expect(r.articles.map((a) => [path.relative(root, a.source), a.text])).toEqual([['corpus/z/deep/c.htm', '董事会任命李明为总裁。']]);
  });
});

describe('stdin', () => {
  it('sniffs JSON Lines from a stream, keeping good lines around a bad one', async () => {
    const stream = Readable.from([Buffer.from('{"text": "one"}\n{"text": '), Buffer.from('oops\n{"text": "three"}\n')]);
    const r = await readInput('-', stream);
    expect(r.articles.map((a) => [a.source, a.text])).toEqual([
      ['-#1', 'one'],
      ['-#3', 'three'],
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ source: '-', line: 2, code: 'record' })]);
  });

  it('sniffs HTML', async () => {
    const r = await readInput('-', '<!doctype html><html><body><nav>首页</nav><p>董事会任命李明为总裁。</p></body></html>');
    expect(r.articles).toEqual([expect.objectContaining({ source: '-', text: '董事会任命李明为总裁。' })]);
  });

  it('sniffs a pretty-printed JSON array', async () => {
    const r = await readInput('-', JSON.stringify([{ text: 'a' }, { text: 'b' }], null, 2));
    expect(r.articles.map((a) => a.source)).toEqual(['-#1', '-#2']);
  });

  it('reads anything else as text, decoding GBK bytes', async () => {
    const text = '{公司}董事会今天宣布，李明将接任总裁一职。';
    const r = await readInput('-', iconv.encode(text, 'gbk'));
    expect(r.articles).toEqual([{ source: '-', text, title: null }]);
  });

  it('reports empty stdin', async () => {
    const r = await readInput('-', Readable.from([]));
    expect(r.diagnostics).toEqual([expect.objectContaining({ source: '-', code: 'empty' })]);
  });
});
