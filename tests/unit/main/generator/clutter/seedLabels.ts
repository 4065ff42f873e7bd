// The seed set (content/articles/2022-02-putin-xi-nato/) labelled by reading each article: the line numbers
// (1-based, as in the file) that are page chrome. Every other non-empty line is article text.
export const seedChromeLines: Record<string, number[]> = {
  // "Latest articles", four headlines with teasers cut off by "...", "Related articles".
  '000_3309193dad904053.txt': [41, 43, 45, 47, 49, 51, 53, 55, 57, 59],
  // The rating and comment widget under the article.
  '001_4b2cff3ecd599e03.txt': [17, 18, 20, 22, 23],
  // Publication time, section label, reading time, update time.
  '002_335350e686f9e903.txt': [1, 4, 5, 12],
  // Empty byline, the title printed again, follow/subscribe line, comment box, cookie banner and its button.
  '003_338cd976ea4e89e7.txt': [3, 4, 40, 42, 45, 47, 49, 50],
  // Skip link, image alt text and its caption with the photo credit.
  '004_1ec610ef7846fda5.txt': [1, 7, 8],
};

export const seedHeadlines: Record<string, string> = {
  '000_3309193dad904053.txt': 'China supports Russia in opposing NATO expansion',
  '001_4b2cff3ecd599e03.txt': 'Putin Visits Xi Jinping in China, Two Nations Agree That NATO Should Stop Expanding',
  '002_335350e686f9e903.txt': "What's China's interest in Russia-Ukraine crisis & why is it opposing NATO's expansion?",
  '003_338cd976ea4e89e7.txt': 'China Supports Russia Against NATO Expansion',
  '004_1ec610ef7846fda5.txt': 'China backs Russia in challenge to NATO',
};
