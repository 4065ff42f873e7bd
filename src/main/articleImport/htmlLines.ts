import { parseHTML } from 'linkedom';

// A saved web page becomes the article's lines the way a reader sees the page: one line per block, in document
// order. The page's chrome (menu, header, footer, sidebars, cookie banner) is kept as lines on purpose: clutter items
// ask students to tell it from the story, so removing it here would remove those items. Only what a reader never
// sees as text is dropped (scripts, styles, templates, drawings).
//
// Mozilla Readability is not used: it finds the story by throwing the chrome away, and the generator's clutter
// rules already find the story among the lines (and pick its headline) without losing anything.

const dropped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);

// Elements that start a line of their own; anything else (a, span, em, time, button...) runs inline in its block.
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

const cells = new Set(['TD', 'TH']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const textNode = 3;
const elementNode = 1;

/** The page's text, one block per line, entities decoded and white space collapsed. */
export function htmlLines(html: string): string[] {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const lines: string[] = [];
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (body) readBlock(body, lines);
  return lines;
}

function readBlock(block: DomNode, lines: string[]): void {
  let run = '';
  const flush = (): void => {
    const line = collapse(run);
    if (line !== '') lines.push(line);
    run = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === textNode) {
      run += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== elementNode) return;
    const name = node.nodeName.toUpperCase();
    if (dropped.has(name)) return;
    if (name === 'BR') return flush();
    if (name === 'TR') {
      flush();
      return tableRow(node, lines);
    }
    if (blocks.has(name)) {
      flush();
      readBlock(node, lines);
      return;
    }
    // Inline: its text joins the current line; a block nested inside it (a div in a link) still breaks the line.
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  for (const child of Array.from(block.childNodes)) visit(child);
  flush();
}

/** A table row is one line, its cells apart by " | " (as a reader scans a row). */
function tableRow(row: DomNode, lines: string[]): void {
  const texts: string[] = [];
  for (const cell of Array.from(row.childNodes)) {
    if (cell.nodeType !== elementNode || !cells.has(cell.nodeName.toUpperCase())) continue;
    const inner: string[] = [];
    readBlock(cell, inner);
    const text = inner.join(' ');
    if (text !== '') texts.push(text);
  }
  if (texts.length > 0) lines.push(texts.join(' | '));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
