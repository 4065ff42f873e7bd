import type { ArticleInput } from '../src/main/generator/analyzeSet.ts';

// Synthetic sets for timing: copies of real articles, each copy varied deterministically so no two articles are
// identical (identical text would let caches and "repeated in N articles" rules look better than real sets do):
// figures are shifted, a few names are rotated, and the sentences inside each paragraph are rotated.

const namePool = ['Putin', 'Xi', 'Biden', 'Scholz', 'Macron', 'Johnson', 'Zelensky', 'Lukashenko'];

export function syntheticSet(bases: readonly ArticleInput[], size: number): ArticleInput[] {
  if (bases.length === 0) throw new Error('syntheticSet needs at least one base article');
  return Array.from({ length: size }, (_, index) => {
    const base = bases[index % bases.length] as ArticleInput;
    const variant = Math.floor(index / bases.length);
    return {
      file: `${String(index).padStart(4, '0')}_${base.file}`,
      text: variant === 0 ? base.text : varyArticle(base.text, variant),
    };
  });
}

function varyArticle(text: string, variant: number): string {
  return text
    .split('\n')
    .map((line) => rotateSentences(rotateNames(shiftFigures(line, variant), variant), variant))
    .join('\n');
}

/** "100,000" -> "103,000" for variant 3: same shape, different value. */
function shiftFigures(line: string, variant: number): string {
  return line.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b/g, (figure) => {
    const digits = figure.replace(/,/g, '');
    const step = 10 ** Math.max(0, digits.length - 3);
    const shifted = String(Number(digits) + (variant % 97) * step);
    return figure.includes(',') ? Number(shifted).toLocaleString('en-US') : shifted;
  });
}

function rotateNames(line: string, variant: number): string {
  return line.replace(new RegExp(`\\b(${namePool.join('|')})\\b`, 'g'), (name) => {
    const at = namePool.indexOf(name);
    return namePool[(at + variant) % namePool.length] as string;
  });
}

/** Rotates the sentences of a paragraph; a one-sentence line is left alone. */
function rotateSentences(line: string, variant: number): string {
  const sentences = line.match(/[^.!?]+[.!?]+["”’]?\s*/g);
  if (!sentences || sentences.length < 2 || sentences.join('') !== line) return line;
  const by = variant % sentences.length;
  return [...sentences.slice(by), ...sentences.slice(0, by)].map((s) => s.trim()).join(' ');
}
