// English titles in Title Case: "Vice President of Research", "Editor-in-Chief", "Chief AI Officer".

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'as']);

function casePart(part: string, first: boolean): string {
  if (part === '') return part;
  const lower = part.toLowerCase();
  if (!first && SMALL_WORDS.has(lower)) return lower;
  const letters = part.replace(/[^A-Za-z]/g, '');
  // Acronyms stay as written (AI, HR, R&D); everything else is capitalised, rest lower.
  if (letters.length >= 2 && letters === letters.toUpperCase()) return part;
  return part[0].toUpperCase() + part.slice(1).toLowerCase();
}

/** Title Case with small words lowercase (except first), hyphenated parts cased one by one, acronyms kept. */
export function titleCase(s: string): string {
  return s
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => casePart(part, i === 0 && j === 0))
        .join('-'),
    )
    .join(' ');
}
