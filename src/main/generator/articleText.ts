import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The generator's view of an article: its lines as written, and the sentences inside each line with
// character offsets into that line, so every finding can point at exact words.

export interface ArticleLine {
  file: string;
  /** 1-based, counting every line of the file, empty ones too. */
  line: number;
  text: string;
}

export interface Sentence {
  file: string;
  line: number;
  text: string;
  /** Offsets into the line's text. */
  start: number;
  end: number;
}

export interface ArticleText {
  file: string;
  lines: ArticleLine[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Every non-empty line of the article with its 1-based line number; trailing white space is dropped. */
export function splitLines(file: string, text: string): ArticleText {
  const lines: ArticleLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const trimmed = raw.trimEnd();
    if (trimmed.trim() !== '') lines.push({ file, line: index + 1, text: trimmed });
  });
  return { file, lines };
}

/** The sentences of one line, located exactly in it. */
export function splitSentences(line: ArticleLine): Sentence[] {
  const doc = engine().readDoc(line.text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const raw of doc.sentences().out()) {
    const text = raw.trim();
    if (text === '') continue;
    const start = line.text.indexOf(text, cursor);
    // wink may normalise white space inside a sentence; fall back to the rest of the line rather than lose it.
    if (start < 0) {
      const rest = line.text.slice(cursor).trim();
      if (rest) {
        const at = line.text.indexOf(rest, cursor);
        sentences.push({ file: line.file, line: line.line, text: rest, start: at, end: at + rest.length });
      }
      break;
    }
    sentences.push({ file: line.file, line: line.line, text, start, end: start + text.length });
    cursor = start + text.length;
  }
  return sentences;
}
