// English times that must be found but never valued: durations ("six and a half years", "for two
// years", "over the past year") and times relative to another event ("days later", "the
// following year", "a week after", "that day").

import { unvalued, whole, type Rule } from '../rules.js';
import { EN_COUNT, EN_UNIT } from './numbers.js';

const HEDGE = String.raw`(?:about|around|roughly|approximately|some|nearly|almost|more\s+than|over|less\s+than|under|just|only|barely|at\s+least|at\s+most|up\s+to)`;
const HALF = String.raw`(?:\s+and\s+a\s+half)?`;
const PERIOD = '(?:day|week|weekend|month|year|morning|afternoon|evening|night|quarter|decade)';

const countedAfter: Rule = {
  name: 'en.span.counted-after-another',
  priority: -1,
  pattern: new RegExp(
    String.raw`\b(?:${HEDGE}\s+)?(?:${EN_COUNT}${HALF}\s+)?${EN_UNIT}s?${HALF}\s+(?:later|after(?:wards?)?|earlier|before|prior|into)\b`,
    'dgi',
  ),
  build(m, ctx) {
    return unvalued(whole(m, ctx, this), 'anchored-elsewhere');
  },
};

const namedAfter: Rule = {
  name: 'en.span.named-after-another',
  priority: -1,
  pattern: new RegExp(
    String.raw`\b(?:the\s+(?:next|following|previous|preceding|prior|same|subsequent)\s+${PERIOD}|that\s+(?:same\s+)?${PERIOD}|the\s+(?:day|week|month|year|night)\s+(?:after|before)|at\s+the\s+time)\b`,
    'dgi',
  ),
  build(m, ctx) {
    return unvalued(whole(m, ctx, this), 'anchored-elsewhere');
  },
};

/** What turns a counted span into something else: a point (ago), another event's time, an age. */
const NOT_DURATION = String.raw`(?!\s+(?:ago|later|after|afterwards?|earlier|before|prior|into|old)\b|-|'s\b)`;

const counted: Rule = {
  name: 'en.span.duration',
  pattern: new RegExp(
    String.raw`(?<!\b(?:once|twice|times|per)\s+)\b(?:(?:for|over|in|within|during|throughout|after|spanning|lasting)\s+)?(?:the\s+(?:past|last|next|coming|previous|first|following)\s+)?(?:${HEDGE}\s+)?` +
      String.raw`${EN_COUNT}${HALF}\s+${EN_UNIT}s?${HALF}\b${NOT_DURATION}`,
    'dgi',
  ),
  build(m, ctx) {
    return unvalued(whole(m, ctx, this), 'duration');
  },
};

const uncounted: Rule = {
  name: 'en.span.duration-uncounted',
  pattern: new RegExp(
    String.raw`\b(?:(?:(?:for|over|in|within|during|throughout)\s+)?the\s+(?:past|last|next|coming)\s+(?:(?:few|several|couple\s+of)\s+)?${EN_UNIT}s?|(?:for|over)\s+(?:(?:many|several)\s+)?(?:years|decades|months|weeks|days)|(?:in|over)\s+recent\s+(?:years|months|weeks|decades))\b${NOT_DURATION}`,
    'dgi',
  ),
  build(m, ctx) {
    return unvalued(whole(m, ctx, this), 'duration');
  },
};

export const spanRules: readonly Rule[] = [countedAfter, namedAfter, counted, uncounted];
