import type { LineFeatures } from './lineFeatures.ts';

// What a line shares with the other articles of its set. Articles about one event share their topic words, and
// pages from the same kind of site share their chrome ("Advertisement", "Share this article"). Both are counted
// with maps in one pass, so a set of a thousand articles costs no more per line than a set of two.

export interface ArticleFeatures {
  file: string;
  lines: LineFeatures[];
}

export interface SetOverlap {
  /** How many articles of the set hold a line with this repeat key (the line's own article included). */
  articlesWithLine: (repeatKey: string) => number;
  /** Share of the line's content words that also occur in another article; undefined when it cannot be told. */
  topicShare: (file: string, line: LineFeatures) => number | undefined;
}

// Fewer content words than this say too little about a line's topic.
const minStemsForTopic = 2;

export function measureSetOverlap(articles: readonly ArticleFeatures[]): SetOverlap {
  const lineArticles = new Map<string, number>();
  const stemArticles = new Map<string, number>();
  const stemsByFile = new Map<string, Set<string>>();

  for (const article of articles) {
    const keys = new Set<string>();
    const stems = new Set<string>();
    for (const line of article.lines) {
      if (line.repeatKey !== '') keys.add(line.repeatKey);
      // The topic is what the articles' paragraphs share; other pages' menus and footers are not the event.
      if (line.isProse) for (const stem of line.contentStems) stems.add(stem);
    }
    for (const key of keys) lineArticles.set(key, (lineArticles.get(key) ?? 0) + 1);
    for (const stem of stems) stemArticles.set(stem, (stemArticles.get(stem) ?? 0) + 1);
    stemsByFile.set(article.file, stems);
  }

  const otherArticles = articles.length - 1;

  return {
    articlesWithLine: (key) => (key === '' ? 0 : (lineArticles.get(key) ?? 0)),
    topicShare: (file, line) => {
      if (otherArticles < 1 || line.contentStems.length < minStemsForTopic) return undefined;
      const own = stemsByFile.get(file);
      let shared = 0;
      for (const stem of line.contentStems) {
        const elsewhere = (stemArticles.get(stem) ?? 0) - (own?.has(stem) ? 1 : 0);
        if (elsewhere > 0) shared += 1;
      }
      return shared / line.contentStems.length;
    },
  };
}
