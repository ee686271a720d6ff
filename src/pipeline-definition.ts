// Named pipeline definitions (pipelines/*.json), validated when loaded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NewsannoError } from './core/errors.js';
import { fromRoot, packageRoot } from './core/paths.js';

export const STAGES = ['normalise', 'tokenize', 'mentions', 'resolve', 'events', 'quotes'] as const;
export type StageName = (typeof STAGES)[number];
const REQUIRED: StageName[] = ['normalise', 'tokenize', 'mentions', 'resolve'];

export const pipelineOptions = z
  .object({
    minConfidence: z.number().min(0).max(1).default(0.5),
    quoteMinUnits: z.number().int().min(1).max(100).default(5),
  })
  .strict();

export const pipelineDefinition = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens'),
    description: z.string().default(''),
    stages: z.array(z.enum(STAGES)).min(1),
    dictionaries: z.array(z.string().min(1)).min(1),
    options: pipelineOptions.default({ minConfidence: 0.5, quoteMinUnits: 5 }),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const r of REQUIRED) if (!d.stages.includes(r)) ctx.addIssue({ code: 'custom', path: ['stages'], message: `stage "${r}" is required` });
    const order = d.stages.map((s) => STAGES.indexOf(s));
    if (order.some((o, i) => i > 0 && o <= order[i - 1])) ctx.addIssue({ code: 'custom', path: ['stages'], message: `stages must be listed once each, in this order: ${STAGES.join(', ')}` });
  });

export type PipelineDefinition = z.infer<typeof pipelineDefinition> & { file: string; dictionaryPaths: string[] };

/** Loads `pipelines/NAME.json`, or a definition file when NAME is a path. */
export function loadPipeline(nameOrFile = 'news'): PipelineDefinition {
  const isFile = nameOrFile.endsWith('.json') || nameOrFile.includes('/');
  const file = isFile ? path.resolve(nameOrFile) : fromRoot('pipelines', `${nameOrFile}.json`);
  if (!existsSync(file)) {
    throw new NewsannoError(`unknown pipeline "${nameOrFile}"`, {
      code: 'pipeline',
      hint: `use one of: ${listPipelines().join(', ')}, or give the path of a pipeline .json file`,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new NewsannoError(`pipeline file is not valid JSON: ${(e as Error).message}`, { code: 'pipeline', file });
  }
  const parsed = pipelineDefinition.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new NewsannoError(`invalid pipeline definition: ${issues}`, { code: 'pipeline', file, hint: 'see pipelines/README.md for the format' });
  }
  if (!isFile && parsed.data.name !== nameOrFile)
    throw new NewsannoError(`pipeline file declares name "${parsed.data.name}"`, { code: 'pipeline', file, hint: `rename it to "${nameOrFile}"` });
  const dictionaryPaths = parsed.data.dictionaries.map((d) => {
    const candidates = path.isAbsolute(d) ? [d] : [path.join(packageRoot(), d), path.resolve(path.dirname(file), d), path.resolve(d)];
    const hit = candidates.find((c) => existsSync(c));
    if (!hit) throw new NewsannoError(`dictionary "${d}" not found`, { code: 'pipeline', file, hint: `looked in: ${candidates.join(', ')}` });
    return hit;
  });
  return { ...parsed.data, file, dictionaryPaths };
}

export function listPipelines(): string[] {
  const dir = fromRoot('pipelines');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
}
