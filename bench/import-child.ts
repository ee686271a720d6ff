// Run by bench/run.ts in a fresh process (node dist/bench/import-child.js): the import cost of each
// heavy dependency, imported one after another in a fixed order, so each figure is what that package
// adds on top of the ones before it. Prints one JSON line: { package: ms }.
const PACKAGES = ['compromise', 'chrono-node', 'linkedom', 'tinyld', 'pinyin-pro', 'zod', 'opencc-js', '@mozilla/readability', 'chardet', 'iconv-lite', 'better-sqlite3', 'nodejieba', 'p-queue'];
const out: Record<string, number> = {};
for (const p of PACKAGES) {
  const t = performance.now();
  await import(p);
  out[p] = performance.now() - t;
}
process.stdout.write(JSON.stringify(out) + '\n');
