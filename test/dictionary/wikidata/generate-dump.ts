// Writes a synthetic Wikidata dump line by line (never the whole text in memory), with a known mix
// of entities, so a test can check the import's counts on a file of any size.
import { closeSync, openSync, writeSync } from 'node:fs';
import { entity, statement } from './build-entity.js';
import type { WdEntity } from '../../../src/dictionary/wikidata/wikidata-json.js';

export interface GeneratedCounts {
  lines: number;
  entities: number;
  people: number;
  orgs: number;
  noChinese: number;
  notPersonOrOrg: number;
  noEnglish: number;
  malformed: number;
}

const GIVEN = ['米拉', '约翰', '玛丽', '大卫', '安娜', '彼得', '苏珊', '马克', '琳达', '保罗'];
const FAMILY = ['穆拉蒂', '史密斯', '琼斯', '布朗', '米勒', '戴维斯', '威尔逊', '泰勒', '克拉克', '霍尔'];
const GIVEN_EN = ['Mira', 'John', 'Mary', 'David', 'Anna', 'Peter', 'Susan', 'Mark', 'Linda', 'Paul'];
const FAMILY_EN = ['Murati', 'Smith', 'Jones', 'Brown', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Hall'];
/** Filler like a real entity's many labels and statements, so lines have a realistic size. */
const LANGS = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'ru', 'ja', 'ko', 'ar', 'pl', 'sv'];

function padded(e: WdEntity, i: number, padding: number): WdEntity {
  for (const lang of LANGS.slice(0, padding)) {
    e.labels![lang] = { language: lang, value: `${e.labels?.en?.value ?? e.id} (${lang})` };
    e.descriptions![lang] = { language: lang, value: `generated test entity number ${i} in ${lang}` };
  }
  e.claims!.P646 = [{ mainsnak: { snaktype: 'value', property: 'P646', datavalue: { type: 'string', value: `/m/0${i.toString(36)}` } }, rank: 'normal' }];
  e.claims!.P17 = Array.from({ length: padding }, (_, k) => statement('P17', `Q${30 + k}`));
  return e;
}

/**
 * Entity i is, by i % 10: 0–1 a person with Chinese names (every 50 people share one English name,
 * so ids collide), 2 an organisation, 3–6 an item without Chinese, 7 a city with Chinese, 8 a person
 * with Chinese but no English label, 9 a scholarly article without Chinese. Every 10,000th line is cut short.
 */
export function writeDump(file: string, count: number, padding = 4): GeneratedCounts {
  const c: GeneratedCounts = { lines: 2, entities: 0, people: 0, orgs: 0, noChinese: 0, notPersonOrOrg: 0, noEnglish: 0, malformed: 0 };
  const fd = openSync(file, 'w');
  let buffer = '[\n';
  const flush = () => {
    writeSync(fd, buffer);
    buffer = '';
  };
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    const g = (i >> 4) % 10;
    const f = (i >> 8) % 10;
    let e: WdEntity;
    if (kind <= 1) {
      e = entity({ id: `Q${1000 + i}`, labels: { en: `${GIVEN_EN[g]} ${FAMILY_EN[f]}`, 'zh-hans': `${GIVEN[g]}·${FAMILY[f]}${i}号` }, aliases: { en: [`${GIVEN_EN[g]} X. ${FAMILY_EN[f]}`] }, claims: { P31: ['Q5'], P106: ['Q43845'] }, sitelinks: i % 7 });
      c.people++;
    } else if (kind === 2) {
      e = entity({ id: `Q${1000 + i}`, labels: { en: `Company ${i}`, zh: `第${i}号公司`, 'zh-hant': `第${i}號公司` }, claims: { P31: ['Q4830453'] }, sitelinks: 1 });
      c.orgs++;
    } else if (kind === 7) {
      e = entity({ id: `Q${1000 + i}`, labels: { en: `City ${i}`, zh: `城市${i}` }, claims: { P31: ['Q515'] } });
      c.notPersonOrOrg++;
    } else if (kind === 8) {
      e = entity({ id: `Q${1000 + i}`, labels: { fr: `Personne ${i}`, zh: `无名氏${i}` }, claims: { P31: ['Q5'] } });
      c.noEnglish++;
    } else {
      e = entity({ id: `Q${1000 + i}`, labels: { en: `Item ${i}` }, claims: { P31: [kind === 9 ? 'Q13442814' : 'Q4167836'] } });
      c.noChinese++;
    }
    let line = JSON.stringify(padded(e, i, padding));
    if (i % 10_000 === 9_999) {
      line = line.slice(0, line.length >> 1);
      c.malformed++;
      if (kind <= 1) c.people--;
      else if (kind === 2) c.orgs--;
      else if (kind === 7) c.notPersonOrOrg--;
      else if (kind === 8) c.noEnglish--;
      else c.noChinese--;
    } else c.entities++;
    buffer += line + (i < count - 1 ? ',\n' : '\n');
    c.lines++;
    if (buffer.length > 1 << 20) flush();
  }
  buffer += ']\n';
  flush();
  closeSync(fd);
  return c;
}
