// The export contract of ../shared/DESIGN.md ("Export JSON"), as zod schemas. Every record is validated
// against these before it is written; schema/export.schema.json is generated from them.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();
const textSpan = z.object({ text: z.string(), start: offset, end: offset }).strict();
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const ref = z.object({ id: z.string().min(1), name: z.string().min(1) }).strict();

export const exportMention = textSpan;

export const exportEntity = z
  .object({
    id: z.string().min(1),
    type: z.enum(['person', 'org']),
    name: z.string().min(1).describe('canonical name, Latin script where known'),
    names: z.object({ en: z.string().nullable(), zh: z.string().nullable() }).strict(),
    resolved: z.boolean().describe('false: not in the dictionary; name is a best guess'),
    mentions: z.array(exportMention),
  })
  .strict();

export const exportEvent = z
  .object({
    id: z.string().min(1),
    type: z.enum(['departure', 'promotion', 'appointment', 'quote']),
    status: z.enum(['pending', 'accepted', 'rejected', 'edited']),
    person: ref.describe('for quotes: the speaker'),
    org: ref.nullable(),
    role: z.object({ text: z.string(), en: z.string().nullable() }).strict().nullable(),
    date: partialDate.nullable(),
    quote: textSpan.nullable(),
    evidence: textSpan,
    confidence: z.number().min(0).max(1),
  })
  .strict();

export const exportArticle = z
  .object({
    id: z.string().min(1),
    source: z.string(),
    lang: z.enum(['zh', 'en']),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: partialDate.nullable(),
    text: z.string(),
    entities: z.array(exportEntity),
    events: z.array(exportEvent),
  })
  .strict()
  .superRefine((a, ctx) => {
    // The invariant users rely on: every offset indexes `text`.
    const check = (s: { text: string; start: number; end: number }, path: (string | number)[]) => {
      if (s.start > s.end || s.end > a.text.length || a.text.slice(s.start, s.end) !== s.text)
        ctx.addIssue({ code: 'custom', path, message: `span [${s.start}, ${s.end}) does not cover ${JSON.stringify(s.text)}` });
    };
    a.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(m, ['entities', i, 'mentions', j])));
    a.events.forEach((e, i) => {
      check(e.evidence, ['events', i, 'evidence']);
      if (e.quote) check(e.quote, ['events', i, 'quote']);
    });
  });

export const exportDocument = z
  .object({ schemaVersion: z.literal(SCHEMA_VERSION), articles: z.array(exportArticle) })
  .strict();

export type ExportMention = z.infer<typeof exportMention>;
export type ExportEntity = z.infer<typeof exportEntity>;
export type ExportEvent = z.infer<typeof exportEvent>;
export type ExportArticle = z.infer<typeof exportArticle>;
export type ExportDocument = z.infer<typeof exportDocument>;
