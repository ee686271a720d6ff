#!/usr/bin/env node
// Copies the held-out test split of the public-domain name pairs (../shared/data/name-pairs.en-zh.tsv,
// CC0) into fixtures/names/held-out-pairs.tsv, so the held-out evaluation runs in CI without ../shared.
// The shipped name model never saw these pairs. Run after `npx tsc -p .`.
import { readFileSync, writeFileSync } from 'node:fs';
import { bucketOf, TEST_BUCKET } from '../dist/src/names/split.js';

const src = new URL('../../shared/data/name-pairs.en-zh.tsv', import.meta.url);
const lines = readFileSync(src, 'utf8').split('\n').filter((l) => l && bucketOf(l.split('\t')[0]) === TEST_BUCKET);
// No header: the file has the source's format exactly (provenance: fixtures/names/README.md).
writeFileSync(new URL('../fixtures/names/held-out-pairs.tsv', import.meta.url), lines.join('\n') + '\n');
console.log(`${lines.length} held-out pairs written`);
