import { join } from 'node:path';

// Where imported sets live: <dataDir>/sets/<setId>/, never under content/ (read-only, and replaced on update).
//   set.json      title, date, articles (file, name given, outlet, headline)
//   items.json    the generated items, as the generator made them (never edited)
//   review.json   each item's status and the teacher's wording, and whether the set is published
//   articles/     the articles as .txt, the lines the items' evidence points at

export function setsDir(dataDir: string): string {
  return join(dataDir, 'sets');
}

export function setDir(dataDir: string, setId: string): string {
  return join(setsDir(dataDir), setId);
}

export const setFileNames = { set: 'set.json', items: 'items.json', review: 'review.json', articles: 'articles' };
