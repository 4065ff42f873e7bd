import type { Analysis } from '../../../shared/analysis.ts';

// Students see articles by their headline, not by file name, so prompts name an outlet by its headline in quotes.
// Two outlets can run the same wire headline; then the file name is added so the prompt still points at one.

export function labelOutlets(articles: Analysis['articles']): Map<string, string> {
  const count = new Map<string, number>();
  for (const article of articles) count.set(article.headline, (count.get(article.headline) ?? 0) + 1);
  return new Map(
    articles.map((article) => {
      const headline = article.headline.trim();
      if (headline === '') return [article.file, article.file];
      const quoted = `“${headline}”`;
      return [article.file, (count.get(article.headline) ?? 0) > 1 ? `${quoted} (${article.file})` : quoted];
    }),
  );
}
