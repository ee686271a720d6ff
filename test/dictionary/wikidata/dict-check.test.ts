// The stricter guarantee behind "the output loads": `newsanno dict check` also requires every Chinese
// alias to survive jieba segmentation as one token. Loads jieba (~240 MB), so it has its own file.
import path from 'node:path';
import { expect, it } from 'vitest';
import { segmentationProblems } from '../../../src/dictionary/build.js';
import { compileDictionary, jiebaUserDictFile, SHIPPED_ENTITIES } from '../../../src/dictionary/load.js';
import { importWikidata, loadExisting } from '../../../src/dictionary/wikidata/index.js';
import { loadJieba } from '../../../src/stages/tokenize-zh/jieba.js';
import { FIXTURE, selection, useTmpDir } from './helpers.js';

const tmp = useTmpDir();

it('an import passes the dictionary check together with the shipped dictionaries', async () => {
  const out = path.join(tmp(), 'wikidata.tsv');
  await importWikidata({ input: FIXTURE, out, selection: selection({ withEmployer: true }), existing: loadExisting([SHIPPED_ENTITIES()], out) });
  const { dictionary, problems } = compileDictionary([SHIPPED_ENTITIES(), out]);
  expect(problems).toEqual([]);
  expect(dictionary.zh.get('约翰史密斯')?.length).toBe(2);
  loadJieba(jiebaUserDictFile(dictionary));
  expect(segmentationProblems(dictionary)).toEqual([]);
});
