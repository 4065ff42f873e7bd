import * as chrono from 'chrono-node';
import type { ArticleText } from '../articleText.ts';

// "Yesterday" or "last year" only mean something against the day the article came out. That date sits in the
// page chrome ("Published 11:51 IST, February 14th 2022"), which is why every line is read here, chrome included.

const writtenYear = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d\b/;
const publishCue = /\b(published|posted|first published|updated|last updated|last modified|date)\b/i;

/** The article's own publication date, when a line of it gives one with day, month and year. */
export function publicationDate(article: ArticleText): Date | undefined {
  let updated: Date | undefined;
  let dateline: Date | undefined;
  const count = article.lines.length;
  article.lines.forEach((line, position) => {
    if (line.text.length > 120 || !/\d/.test(line.text)) return;
    const cue = publishCue.exec(line.text)?.[1]?.toLowerCase();
    const nearEdge = position < 8 || position >= count - 3;
    if (!cue && !nearEdge) return;
    const date = fullDateIn(line.text, !cue);
    if (!date) return;
    if (cue && !cue.includes('updated') && !cue.includes('modified')) {
      dateline = dateline && dateline.getTime() < date.getTime() ? dateline : date;
    } else if (cue) updated ??= date;
    else if (!dateline && position < 8) dateline = date;
  });
  return dateline ?? updated;
}

/** The middle publication date of the set, for articles that do not give their own. */
export function setReferenceDate(dates: readonly (Date | undefined)[]): Date | undefined {
  const known = dates.filter((date): date is Date => date !== undefined).sort((a, b) => a.getTime() - b.getTime());
  return known[Math.floor((known.length - 1) / 2)];
}

// A dateline without a cue must be mostly date ("14 February 2022 | 11:51"), not a sentence that names a date.
// The year must be written: "Updated 3 hours ago" is read against the clock of whoever runs the generator, which
// would make the analysis change from day to day and date the article to today.
function fullDateIn(text: string, mostlyDate: boolean): Date | undefined {
  for (const result of chrono.strict.parse(text)) {
    if (!writtenYear.test(result.text)) continue;
    const known = result.start;
    if (!known.isCertain('day') || !known.isCertain('month') || !known.isCertain('year')) continue;
    if (mostlyDate && result.text.length < text.replace(/\s+/g, ' ').trim().length * 0.4) continue;
    return new Date(Date.UTC(known.get('year') ?? 1970, (known.get('month') ?? 1) - 1, known.get('day') ?? 1, 12));
  }
  return undefined;
}
