// A first guess at an article's headline for the home screen: the first line that is not obviously page chrome.
// The generator's clutter rules know far more; this only has to step over what scraped pages open with.
const openingChrome: RegExp[] = [
  /^skip to\b/i,
  /^(published|updated|posted|last updated|first published)\b/i,
  /^by\b.{0,40}$/i,
  /^\W*\d+\s*min(ute)?s?\s+read\b/i,
  /^[-•*·]\s/,
  /^(home|menu|search|sign in|log in|subscribe)\b.{0,20}$/i,
  /^\d{1,4}[:/.-]\d{1,2}/,
];

const minHeadlineWords = 3;

export function firstHeadline(text: string): string {
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line.split(/\s+/).length < minHeadlineWords) continue;
    if (openingChrome.some((pattern) => pattern.test(line))) continue;
    return line;
  }
  return '';
}
