// Years written as numbers: "in 2018", "2018-2020", "the 2020 election", "fiscal 2024". A bare
// four-digit number is a year unless the words around it make it a count ("2000 employees").

import { point, whole, type Rule } from '../rules.js';

/** Words after a number that make it a count of things, not a year. */
const COUNT_NOUNS =
  'people|persons|employees|workers|staff|staffers|jobs|users|customers|members|students|units|shares|points|miles|kilometers|km|meters|feet|pounds|tons|tonnes|dollars|euros|yuan|cars|vehicles|homes|houses|stores|companies|firms|startups|engineers|researchers|scientists|positions|roles|layoffs|votes|participants|patients|cases|deaths|troops|soldiers|times|words|pages|chips|GPUs|servers|devices|copies|tokens|parameters';

/** Words before a number that make it a year: prepositions and the like. */
const YEAR_CONTEXT = new Set(
  ('in since by from until till through to during of for before after between and or around circa throughout ' +
    'early late mid fiscal the spring summer fall autumn winter year end start beginning middle half quarter')
    .split(' '),
);
/** Lower-case words ending in s that are not plural nouns. */
const NOT_PLURAL = new Set('was has is its this as us his hers does plus thus across versus whereas yes'.split(' '));

const year: Rule = {
  name: 'en.year',
  pattern: new RegExp(
    String.raw`(?<![\w$€£¥#./:]|\d,|\bNo\.\s?)(?<y>(?:18|19|20|21)\d{2})(?!s\b|\d|%|,\d|\.\d|\s*(?:percent|per cent)\b|\s+(?:[a-z]+\s+)?(?:${COUNT_NOUNS})\b)`,
    'gd',
  ),
  build(m, ctx) {
    const before = /([A-Za-z]+)\W*$/.exec(ctx.text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    if (before !== undefined && YEAR_CONTEXT.has(before)) return point(whole(m, ctx, this), { y: Number(m.groups!.y) }, false);
    // No preposition: "2000 engineers" and the like read as counts when a plural noun follows.
    const next = /^\s+([a-z]+)/.exec(ctx.text.slice(m.index + 4, m.index + 40))?.[1];
    if (next !== undefined && next.length > 3 && next.endsWith('s') && !NOT_PLURAL.has(next)) return null;
    return point(whole(m, ctx, this), { y: Number(m.groups!.y) }, false);
  },
};

const fiscal: Rule = {
  name: 'en.fiscal-year',
  // A fiscal year is not a calendar year (Microsoft's FY2024 began in July 2023): found, not valued.
  pattern: /\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?:(?:18|19|20|21)\d{2}|'?\d{2})\b/dgi,
  build(m, ctx) {
    return point(whole(m, ctx, this), null, false);
  },
};

export const yearRules: readonly Rule[] = [year, fiscal];
