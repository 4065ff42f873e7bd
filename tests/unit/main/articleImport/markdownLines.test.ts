import { describe, expect, it } from 'vitest';
import { markdownLines } from '../../../../src/main/articleImport/markdownLines.ts';
import { articleTexts, wexmoor } from './support/articleSources.ts';

describe('markdownLines', () => {
  it('removes the syntax, keeps link and image text, gives one line per block', () => {
    const markdown = [
      'Kelvick Courier',
      '===============',
      '',
      '[Home](/) | [News](/news "All news") | [Sport][sport]',
      '',
      '# Harl Dam spillway cracks #',
      '',
      'Engineers found a **crack** in the _spillway_ on',
      'Sunday morning, the [council](https://kelvick.example/council) said.',
      '',
      '> “We are *not* taking any chances,”',
      '> said the mayor.',
      '',
      '## What happens next',
      '',
      '- Schools are closed',
      '* Roads reopen at `6pm`',
      '1. Call ~~101~~ 111 for help',
      '',
      '---',
      '',
      '| Zone | Status |',
      '| ---- | :----: |',
      '| North | Evacuated |',
      '',
      '![The spillway on Sunday](dam.jpg)',
      '',
      'First line  ',
      'second line, and a snake_case_word \\*not emphasis\\*',
      '',
      '```',
      'code stays as written',
      '```',
      '',
      '[sport]: /sport',
    ].join('\n');
    expect(markdownLines(markdown)).toEqual([
      'Kelvick Courier',
      'Home | News | Sport',
      'Harl Dam spillway cracks',
      'Engineers found a crack in the spillway on Sunday morning, the council said.',
      '“We are not taking any chances,” said the mayor.',
      'What happens next',
      'Schools are closed',
      'Roads reopen at 6pm',
      'Call 101 111 for help',
      'Zone | Status',
      'North | Evacuated',
      'The spillway on Sunday',
      'First line',
      'second line, and a snake_case_word *not emphasis*',
      'code stays as written',
    ]);
  });

  it('gives back every line of a real article written as Markdown, paragraphs wrapped at 72 columns', async () => {
    for (const { text } of await articleTexts(wexmoor)) {
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      const [headline = '', ...rest] = lines;
      // Blank lines between blocks, as Markdown needs; each paragraph soft-wrapped.
      const markdown = [`# ${headline}`, ...rest.map((line) => wrap(escapeMarkdown(line.trim()), 72))].join('\n\n');
      expect(markdownLines(markdown)).toEqual(lines.map((line) => line.replace(/\s+/g, ' ').trim()));
    }
  });
});

function escapeMarkdown(line: string): string {
  return line
    .replace(/([\\`*_[\]#|>~])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([-+])/, '\\$1');
}

function wrap(line: string, width: number): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + word.length + 1 > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push(current);
  return out.join('\n');
}
