// The fixed, seeded split of the name pairs (and of the background words) into held-out test, dev and
// training buckets. Build script, evaluation script and tests all use this one function, so the
// held-out tokens are the same everywhere and never reach the shipped model.

/** Changing the seed changes which tokens are held out: rebuild the model and re-run the evaluation. */
export const SPLIT_SEED = 'newsanno-names-v1';
export const BUCKETS = 10;
/** Held out: never used to build the shipped model; the evaluation's test set. */
export const TEST_BUCKET = 0;
/** Used to calibrate scores with a model built without it; part of the shipped model's training data. */
export const DEV_BUCKET = 1;

/** FNV-1a over UTF-16 code units: stable across Node versions and platforms. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The bucket (0 … BUCKETS-1) of an English token or a background word. */
export function bucketOf(key: string): number {
  return fnv1a(`${SPLIT_SEED}:${key}`) % BUCKETS;
}
