// The only module that imports nodejieba. Its dictionary is process-global: it is loaded once, with the
// compiled user dictionary, before the first cut; cutting before that is a bug and throws.
import { existsSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { NewsannoError } from '../../core/errors.js';

let loadedUserDict: string | null = null;

/** Loads jieba with the user dictionary (about 1.5 s). A second call with the same file does nothing. */
export function loadJieba(userDictFile: string): void {
  if (loadedUserDict === userDictFile) return;
  // nodejieba aborts the whole process on a missing file instead of throwing: check first.
  if (!existsSync(userDictFile))
    throw new NewsannoError(`jieba user dictionary not found: ${userDictFile}`, {
      code: 'dictionary',
      hint: 'run `newsanno dict build` (or `npm run build`) to compile the dictionaries',
    });
  nodejieba.load({ userDict: userDictFile });
  loadedUserDict = userDictFile;
}

export const jiebaLoaded = (): string | null => loadedUserDict;

export interface JiebaWord {
  word: string;
  tag: string;
}

/** Segments and tags with the HMM on (so unknown names are grouped). */
export function jiebaTag(text: string): JiebaWord[] {
  if (!loadedUserDict) throw new Error('jieba used before loadJieba(): the user dictionary must be loaded first');
  return nodejieba.tag(text);
}

/** Adds a word at run time (an accepted alias proposal), without reloading. */
export function jiebaAddWord(word: string, tag: string): void {
  if (!loadedUserDict) throw new Error('jieba used before loadJieba()');
  nodejieba.insertWord(word, tag);
}
