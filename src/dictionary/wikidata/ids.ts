// Dictionary ids for imported entities: a kebab slug of the English name, with the QID appended
// when the slug is not unique. Every entity sharing a slug gets the suffix, not just the later
// ones, so an id does not depend on the order of the dump (which Wikidata does not promise).

const MAX_SLUG = 60;
/** Letters NFKD does not decompose into ASCII. */
const LETTERS: Record<string, string> = { ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'n' };

export function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[øßæœđðłþıħŋ]/g, (c) => LETTERS[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '');
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // Cut one past the cap, then back to the last hyphen: a cut on a word boundary keeps that word.
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.includes('-') ? cut.replace(/-[^-]*$/, '') : slug.slice(0, MAX_SLUG);
  }
  return slug;
}

/** QID → id for every entity; `taken` holds the ids of the dictionaries the output joins. */
export function assignIds(entities: readonly { qid: string; name: string }[], taken: ReadonlySet<string> = new Set()): Map<string, string> {
  const bySlug = new Map<string, number>();
  const slugs = entities.map((e) => slugify(e.name));
  for (const s of slugs) bySlug.set(s, (bySlug.get(s) ?? 0) + 1);
  const ids = new Map<string, string>();
  entities.forEach((e, i) => {
    const slug = slugs[i];
    const q = e.qid.toLowerCase();
    let id = !slug ? q : bySlug.get(slug)! > 1 || taken.has(slug) ? `${slug}-${q}` : slug;
    if (taken.has(id)) id = `wikidata-${q}`;
    ids.set(e.qid, id);
  });
  return ids;
}
