import { ELEMENT_NODE, TEXT_NODE, toArray, type DomElement, type DomNode } from './dom.js';

// Page chrome removal and DOM-to-text with paragraph breaks.

/** Elements that never hold article text. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, input, textarea';
/** Page structure around the article. */
const CHROME = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

// Parts of class and id names (split at spaces, - and _) that mark ads, navigation, sharing and other
// chrome. Readability catches some of these itself but keeps e.g. class="ad" and share bars.
// gg / guanggao: 广告 on Chinese portals.
const CHROME_NAME_PARTS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'adsbygoogle', 'adbox', 'gg', 'guanggao', 'sponsor',
  'sponsored', 'promo', 'promotion', 'banner', 'share', 'sharing', 'social', 'related', 'recommend', 'recommended',
  'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'nav', 'navbar', 'navigation', 'menu', 'toolbar', 'footer',
  'copyright', 'subscribe', 'newsletter', 'sidebar', 'popup', 'modal', 'cookie', 'login', 'editor', 'info',
]);

function looksLikeChrome(el: DomElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (names.trim() === '') return false;
  return names.split(/[\s_-]+/).some((part) => CHROME_NAME_PARTS.has(part));
}

function textLength(node: DomNode | null): number {
  return (node?.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Removes scripts, styles, forms, navigation, headers, footers, asides and elements whose class or
 * id names an ad, share bar, related-links box and the like. An element holding more than a third of
 * the page's text is kept whatever its name, so a badly named article container survives.
 */
export function removePageChrome(root: DomElement): void {
  for (const el of toArray(root.querySelectorAll(NEVER_TEXT))) el.remove();
  const total = Math.max(1, textLength(root));
  const candidates = [...toArray(root.querySelectorAll(CHROME)), ...toArray(root.querySelectorAll('[class], [id]')).filter(looksLikeChrome)];
  for (const el of candidates) {
    if (el === root || !el.parentNode) continue;
    if (textLength(el) > total / 3) continue;
    el.remove();
  }
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TR', 'UL', 'CAPTION',
]);

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
/** Whitespace with a line break between two CJK characters is source formatting, not a space. */
const CJK_LINE_BREAK = new RegExp(`([${CJK}])\\s*\\n\\s*(?=[${CJK}])`, 'gu');

function tidyParagraph(raw: string): string {
  return raw.replace(CJK_LINE_BREAK, '$1').replace(/\s+/g, ' ').trim();
}

/**
 * The text of an element as paragraphs separated by blank lines: block elements (p, div, h1, li …)
 * end a paragraph, <br> starts a new line within one, table cells are separated by spaces, and the
 * source's own whitespace is collapsed as a browser would.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let current = '';

  const endLine = (): void => {
    const line = tidyParagraph(current);
    if (line) lines.push(line);
    current = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // An explicit stack instead of recursion: scraped pages can nest thousands of elements deep.
  const stack: Array<{ node: DomNode; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    const block = BLOCK.has(tag);
    if (leaving) {
      if (tag === 'TD' || tag === 'TH') current += ' ';
      if (block) endParagraph();
      continue;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    if (tag === 'BR') {
      endLine();
      continue;
    }
    if (block) endParagraph();
    stack.push({ node, leaving: true });
    const children = toArray(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
