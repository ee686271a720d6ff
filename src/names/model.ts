// The name model as the pipeline uses it: one object, loaded once from the shipped table
// (dictionaries/derived/name-model.json), answering in microseconds.

import { readFileSync } from 'node:fs';
import { fromRoot } from '../core/paths.js';
import { NewsannoError } from '../core/errors.js';
import { bestSplit, type NameSplit } from './best-split.js';
import { BigramLm } from './char-lm.js';
import { checkPair, type PairCheck } from './check-pair.js';
import { TRANSLITERATION_THRESHOLD, TransliterationDetector } from './detector.js';
import { NAME_MODEL_FORMAT, NAME_MODEL_VERSION, type NameModelData } from './model-data.js';
import { PHONETIC_PROPOSE_THRESHOLD, PhoneticMatcher } from './phonetic.js';
import { isHan } from './text.js';
import { transliterate } from './transliterate.js';

export const NAME_MODEL_FILE = ['dictionaries', 'derived', 'name-model.json'] as const;
/**
 * μ: weight of the names prior when ranking transliterations. 1 is the plain noisy channel; on a
 * sample of 800 held-out tokens it beat 0 and 0.5 (exact top-1 23.5% vs 20.9% and 21.3%).
 */
export const TRANSLITERATION_PRIOR_WEIGHT = 1;

export class NameModel {
  private readonly variants: Map<string, string>;
  private readonly detector: TransliterationDetector;
  readonly phonetic: PhoneticMatcher;

  constructor(readonly data: NameModelData) {
    this.variants = new Map(Object.entries(data.variants));
    this.detector = new TransliterationDetector(new BigramLm(data.detector.names), new BigramLm(data.detector.background));
    this.phonetic = new PhoneticMatcher(data.phonetic, (ch) => this.variants.get(ch) ?? ch);
  }

  /** Traditional → simplified for characters of the name pairs; others unchanged. */
  private simplify(s: string): string {
    let out = '';
    for (const ch of s) out += this.variants.get(ch) ?? ch;
    return out;
  }

  /**
   * How typical a character is of transliterated names: log P(ch | names) − log P(ch | ordinary
   * words). Positive for 斯 拉 尔 特 克 蒂, negative for 的 是 公 司 们.
   */
  charScore(ch: string): number {
    return this.detector.charScore(this.simplify(ch));
  }

  /**
   * Mean per-character log-likelihood ratio of `s` as a transliterated name vs an ordinary word;
   * -Infinity unless `s` is all Han characters.
   */
  transliterationScore(s: string): number {
    const run = this.simplify(s);
    for (const ch of run) if (!isHan(ch)) return -Infinity;
    return this.detector.score(run);
  }

  /**
   * True when `s` reads as a transliteration. It also says yes to transliterated companies and places
   * (亚马逊, 斯坦福): callers decide whether it is a person from other evidence.
   */
  isLikelyTransliteration(s: string): boolean {
    return this.transliterationScore(s) >= TRANSLITERATION_THRESHOLD;
  }

  /**
   * How well the Chinese `zh` writes the English `en`, in [0, 1]: a token (穆拉蒂 ↔ Murati) or a full
   * name, with or without separators (斯里尼瓦斯纳拉亚南 ↔ Srinivas Narayanan). Compare with
   * PHONETIC_LINK_THRESHOLD / PHONETIC_PROPOSE_THRESHOLD.
   */
  phoneticScore(zh: string, en: string): number {
    return this.phonetic.score(zh, en);
  }

  /** The suffix of `zhRun` that best writes `en` (原副总裁达里奥阿莫蒂 + Dario Amodei → 达里奥阿莫蒂). */
  bestSplit(zhRun: string, en: string): NameSplit | null {
    return bestSplit(this.phonetic, zhRun, en);
  }

  /** The k likeliest Chinese forms of an English name token (or name: tokens joined with ·). */
  transliterate(en: string, k = 5): string[] {
    return transliterate(this.phonetic.units, en, k, (zh) => this.detector.namesLogProb(zh), TRANSLITERATION_PRIOR_WEIGHT);
  }

  /** Is `zhFull` a plausible Chinese form of `enFull`: a transliteration, or a native name with that surname? */
  checkPair(zhFull: string, enFull: string): PairCheck {
    return checkPair(this.phonetic, this.simplify(zhFull), enFull, PHONETIC_PROPOSE_THRESHOLD);
  }
}

/** Light shape check: a full schema walk over a megabyte of tables would cost more than the load itself. */
function assertModelData(data: unknown, file: string): asserts data is NameModelData {
  const d = data as Partial<NameModelData> | null;
  const ok =
    d?.format === NAME_MODEL_FORMAT &&
    d.version === NAME_MODEL_VERSION &&
    typeof d.variants === 'object' &&
    typeof d.detector?.names?.unigram?.chars === 'string' &&
    typeof d.detector?.background?.bigram === 'string' &&
    typeof d.phonetic?.units === 'string' &&
    typeof d.phonetic?.chunkMarginals?.chunks === 'string' &&
    Array.isArray(d.phonetic?.calibration?.weights);
  if (!ok)
    throw new NewsannoError(`${file} is not a version ${NAME_MODEL_VERSION} name model`, {
      code: 'name-model-invalid',
      file,
      hint: 'rebuild it: npx tsc -p . && node scripts/build-name-model.mjs',
    });
}

export function nameModelFromFile(file: string): NameModel {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new NewsannoError(`cannot read the name model ${file}`, {
      code: 'name-model-missing',
      file,
      hint: 'rebuild it: npx tsc -p . && node scripts/build-name-model.mjs',
      cause,
    });
  }
  assertModelData(data, file);
  return new NameModel(data);
}

let shared: NameModel | undefined;

/** The shipped name model, loaded on first use and shared by every caller in the process. */
export function loadNameModel(): NameModel {
  return (shared ??= nameModelFromFile(fromRoot(...NAME_MODEL_FILE)));
}
