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

/** Every non-empty line of the article with its 1-based line number; trailing white space is dropped. */
export function splitLines(file: string, text: string): ArticleText {
  const lines: ArticleLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const trimmed = raw.trimEnd();
    if (trimmed.trim() !== '') lines.push({ file, line: index + 1, text: trimmed });
  });
  return { file, lines };
}
