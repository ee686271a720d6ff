// Run by bench/run.ts in a fresh process (node dist/bench/startup-child.js): how long a new process
// takes to import the pipeline, build its context, load jieba, and annotate its first Chinese and
// English articles. Prints one JSON line on stdout: wall ms per phase, and CPU ms per phase (which a
// busy machine inflates less).
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const phases: Record<string, { wall: number; cpu: number }> = {};
let wallMark = performance.now();
let cpuMark = cpuNow();
const phase = (name: string) => {
  const w = performance.now();
  const c = cpuNow();
  phases[name] = { wall: w - wallMark, cpu: c - cpuMark };
  wallMark = w;
  cpuMark = c;
};

const { createContext, annotate } = await import('../src/pipeline.js');
const { loadSeeds } = await import('./lib/corpus.js');
const { articleId } = await import('../src/core/ids.js');
const { jiebaUserDictFile } = await import('../src/dictionary/load.js');
const { loadJieba } = await import('../src/stages/tokenize-zh/index.js');
phase('import');

const ctx = createContext();
phase('createContext');

const article = (lang: 'zh' | 'en', i: number) => {
  const s = loadSeeds(lang)[i];
  return { id: articleId(s.text), source: s.name, lang, title: null, url: null, publishedAt: s.published, text: s.text };
};
const zh1 = article('zh', 0);
const zh2 = article('zh', 1);
const en1 = article('en', 0);
const en2 = article('en', 1);
phase('fixtures');

// What the first Chinese annotate does first: load jieba with the compiled user dictionary.
loadJieba(jiebaUserDictFile(ctx.dictionary));
phase('jiebaLoad');
annotate(zh1, ctx);
phase('firstZh');
annotate(zh2, ctx);
phase('secondZh');
annotate(en1, ctx);
phase('firstEn');
annotate(en2, ctx);
phase('secondEn');

const totalCpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    // performance.now() counts from process start: t0 is Node's own start-up before this module ran.
    nodeStartMs: t0,
    importMs: phases.import.wall,
    createContextMs: phases.createContext.wall,
    jiebaLoadMs: phases.jiebaLoad.wall,
    firstZhMs: phases.firstZh.wall,
    firstZhTotalMs: phases.jiebaLoad.wall + phases.firstZh.wall,
    secondZhMs: phases.secondZh.wall,
    firstEnMs: phases.firstEn.wall,
    secondEnMs: phases.secondEn.wall,
    importCpuMs: phases.import.cpu,
    createContextCpuMs: phases.createContext.cpu,
    jiebaLoadCpuMs: phases.jiebaLoad.cpu,
    firstZhCpuMs: phases.firstZh.cpu,
    firstEnCpuMs: phases.firstEn.cpu,
    processCpuMs: (totalCpu.user + totalCpu.system) / 1000,
    rssMb: process.memoryUsage().rss / 2 ** 20,
  }) + '\n',
);
