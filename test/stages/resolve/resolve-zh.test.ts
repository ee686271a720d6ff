import { describe, expect, it } from 'vitest';
import { annotate, createContext } from '../../../src/pipeline.js';
import { toArticle } from '../../../src/stages/read/article.js';
import type { AnnotatedArticle } from '../../../src/core/types.js';

const ctx = createContext();
const run = (text: string, published = '2024-09-26'): AnnotatedArticle => annotate(toArticle({ source: 't', text, published }).article, ctx);
const entity = (a: AnnotatedArticle, surface: string) => a.entities.find((e) => e.mentions.some((m) => m.text === surface));

describe('Chinese name resolution', () => {
  it('links a Chinese name followed by its English form, and proposes the pair when the dictionary lacks it', () => {
    const a = run('斯特凡·霍尔姆(Stefan Holm)宣布离职。');
    const e = entity(a, '斯特凡·霍尔姆')!;
    expect(e.name).toBe('Stefan Holm');
    expect(e.resolved).toBe(false);
    expect(entity(a, 'Stefan Holm')?.id).toBe(e.id);
    expect(a.proposals.map((p) => p.alias)).toContain('斯特凡·霍尔姆');
  });

  it('links a gloss to a dictionary entity under a form the dictionary does not list', () => {
    const a = run('今年离职的杨莱克(Jan Leike)所言。');
    expect(entity(a, '杨莱克')?.id).toBe('jan-leike');
  });

  it('resolves short forms to the person already named, never to an unrelated dictionary entry', () => {
    const a = run('米拉·穆拉蒂宣布离职。米拉表示，马克陈(Mark Chen)将接任。马克很兴奋。');
    expect(entity(a, '米拉')?.id).toBe('mira-murati');
    expect(entity(a, '马克')?.id).toBe('mark-chen');
  });

  it('resolves a short form by sound (雅库布 for Jakub Pachocki)', () => {
    const a = run('首席科学家雅各布·帕乔奇(Jakub Pachocki)领导研究。雅库布表示同意。');
    expect(entity(a, '雅库布')?.id).toBe('jakub-pachocki');
  });

  it('gives an unknown native name its pinyin and resolved: false', () => {
    const a = run('公司首席财务官王志强因个人原因辞职。');
    const e = entity(a, '王志强')!;
    expect(e).toMatchObject({ name: 'Wang Zhiqiang', resolved: false });
    expect(a.events.find((x) => x.personId === e.id)?.type).toBe('departure');
  });

  it('keeps an unknown transliterated name whole in Chinese, unresolved', () => {
    const a = run('据悉，萨沙·伊万诺夫表示公司前景良好。');
    expect(entity(a, '萨沙·伊万诺夫')).toMatchObject({ name: '萨沙·伊万诺夫', resolved: false });
  });

  it('resolves 他/她 as the subject of an event to the nearest fitting person', () => {
    const a = run('张海峰是滴滴出行的首席技术官。他于上周宣布辞职。');
    const e = entity(a, '张海峰')!;
    expect(a.events.find((x) => x.type === 'departure')?.personId).toBe(e.id);
  });

  it('does not take ordinary words for names (元老, 高管, 时便)', () => {
    const a = run('麦克格卢在OpenAI成立1年多时便加入，是公司元老；多名高管离职。');
    expect(a.entities.map((e) => e.name)).not.toContain('Shi Bian');
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Bob McGrew']);
  });
});
