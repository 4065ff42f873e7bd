// A Markdown article becomes its lines as a reader sees them rendered: one line per block (heading, paragraph,
// list item, quote, table row), the syntax gone and the text of links and images kept. A paragraph wrapped over
// several source lines is one line, as it is on the page; a hard break (two trailing spaces or a backslash) starts
// a new one.

const fence = /^\s{0,3}(`{3,}|~{3,})/;
const rule = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const setextUnderline = /^\s{0,3}(=+|-+)\s*$/;
const heading = /^\s{0,3}#{1,6}(\s+|$)/;
const listMarker = /^\s*([-*+]|\d{1,9}[.)])\s+/;
const quoteMarker = /^\s{0,3}>\s?/;
const referenceDefinition = /^\s{0,3}\[[^\]]+\]:\s*\S/;
const tableSeparator = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

export function markdownLines(markdown: string): string[] {
  const lines: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    const line = inline(paragraph.join(' '));
    if (line !== '') lines.push(line);
    paragraph = [];
  };
  let inFence: string | null = null;

  for (const raw of markdown.split(/\r\n|\r|\n/)) {
    const open = fence.exec(raw);
    if (inFence !== null) {
      if (open && open[1]?.[0] === inFence[0] && (open[1]?.length ?? 0) >= inFence.length) inFence = null;
      else if (raw.trim() !== '') lines.push(raw.trim());
      continue;
    }
    if (open) {
      flush();
      inFence = open[1] ?? '```';
      continue;
    }
    let text = raw;
    while (quoteMarker.test(text)) text = text.replace(quoteMarker, '');
    if (text.trim() === '') {
      flush();
      continue;
    }
    // "Title\n=====": the title is already in the paragraph; the underline closes it as a heading.
    if (paragraph.length > 0 && setextUnderline.test(text)) {
      flush();
      continue;
    }
    if (rule.test(text) || referenceDefinition.test(text) || (tableSeparator.test(text) && text.includes('-'))) {
      flush();
      continue;
    }
    if (heading.test(text)) {
      flush();
      paragraph.push(text.replace(heading, '').replace(/\s+#+\s*$/, ''));
      flush();
      continue;
    }
    if (listMarker.test(text)) {
      flush();
      text = text.replace(listMarker, '').replace(/^\[[ xX]\]\s+/, '');
    }
    if (/^\s*\|.*\|\s*$/.test(text)) {
      flush();
      paragraph.push(
        text
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== '')
          .join(' | '),
      );
      flush();
      continue;
    }
    const hardBreak = / {2,}$|\\$/.test(text);
    paragraph.push(text.replace(/\\$/, '').trim());
    if (hardBreak) flush();
  }
  flush();
  return lines;
}

/** The text of one block with its inline syntax removed. */
function inline(text: string): string {
  return (
    text
      // A backslash-escaped character is text, never syntax: set aside first (as a private-use character), put back last.
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)))
      // Images and links keep their text: ![alt](src), [text](url "title"), [text][ref], [text][]
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // Inline HTML tags, code spans, emphasis and strike-through; "snake_case" words keep their underscores.
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/(`+)(.+?)\1/g, '$2')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
      .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000))
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
