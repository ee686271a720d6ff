// Lists of QIDs given by users (--qids, --org-classes): one QID per line, `#` starts a comment,
// anything after the QID on a line is ignored (so a pasted "Q95 Google" or a query-service URL works).
import { existsSync, readFileSync } from 'node:fs';
import { NewsannoError } from '../../core/errors.js';
import { QID } from './wikidata-json.js';

const ENTITY_URL = /^(?:https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:entity|wiki)\/|wd:)/i;

/** Parses a QID list; a line that does not start with a QID is an error naming file:line. */
export function parseQidList(text: string, file: string): string[] {
  const out = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const first = line.split(/[\s,;]+/)[0].replace(ENTITY_URL, '');
    if (!QID.test(first)) {
      throw new NewsannoError(`"${first}" is not a Wikidata item id`, {
        code: 'usage',
        file,
        line: i + 1,
        hint: 'write one QID per line (Q42), optionally followed by a label; `#` starts a comment',
      });
    }
    out.add(first);
  });
  return [...out];
}

export function readQidList(file: string, flag: string): string[] {
  if (!existsSync(file)) throw new NewsannoError(`${flag} file not found: ${file}`, { code: 'usage', hint: 'give a text file with one QID per line' });
  const qids = parseQidList(readFileSync(file, 'utf8'), file);
  if (!qids.length) throw new NewsannoError(`${flag} file lists no QIDs`, { code: 'usage', file, hint: 'write one QID per line (Q42)' });
  return qids;
}

/** Validates QIDs given on the command line (--occupation Q43845,Q82955). */
export function checkQids(values: readonly string[], flag: string): string[] {
  for (const v of values) {
    if (!QID.test(v)) throw new NewsannoError(`--${flag}: "${v}" is not a Wikidata item id`, { code: 'usage', hint: `give QIDs separated by commas: --${flag} Q43845,Q82955` });
  }
  return [...new Set(values)];
}
