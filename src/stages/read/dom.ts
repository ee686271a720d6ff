import { DOMParser } from 'linkedom';

// linkedom's DOM is typed loosely (querySelector returns any) and this project has no DOM lib, so the
// few parts of the DOM the HTML reader uses are declared here.

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Gives linkedom a complete document. linkedom does not repair markup the way browsers do: a fragment
 * (`<p>…</p>`) becomes a document whose root is the <p> and whose body is empty, and content outside a
 * missing <body> is lost to `document.body`. So fragments and body-less pages are wrapped first.
 */
function completeDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const htmlAttrs = html.match(/<html\b([^>]*)>/i)?.[1] ?? '';
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd >= 0 ? html.slice(0, headEnd).replace(/^[\s\S]*?<head\b[^>]*>/i, '') : '';
  const rest = (headEnd >= 0 ? html.slice(headEnd).replace(/^<\/head\s*>/i, '') : html)
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html\b[^>]*>/gi, '');
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${rest}</body></html>`;
}

export function parseHtmlDocument(html: string): DomDocument {
  return new DOMParser().parseFromString(completeDocument(html), 'text/html') as unknown as DomDocument;
}

export function toArray<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}

/** How deeply elements nest under root (root itself is depth 0), without recursion. */
export function nestingDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of toArray(node.childNodes)) if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
  }
  return max;
}
