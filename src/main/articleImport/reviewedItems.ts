import type {
  ImportedSetReview,
  ImportedSetSummary,
  ItemReview,
  ReviewedItem,
  ReviewFile,
} from '../../shared/articleImport.ts';
import type { Item } from '../../shared/items.ts';
import type { StoredSet } from './readImportedSet.ts';

// The items as the teacher's review leaves them: the generated item with the teacher's prompt and explanation in
// place of the generated ones. Only those two fields are ever taken from the review, so the key, the options and
// the evidence are always the generator's, and the key always agrees with its evidence.

export function withReview(item: Item, review: ItemReview | undefined): Item {
  if (review === undefined) return item;
  return {
    ...item,
    ...(review.prompt === undefined ? {} : { prompt: review.prompt }),
    ...(review.explanation === undefined ? {} : { explanation: review.explanation }),
  };
}

/** An item the review has not seen (a review.json copied from an older set) is pending. */
export function itemReview(review: ReviewFile, itemId: string): ItemReview {
  return review.items[itemId] ?? { status: 'pending' };
}

export function reviewedItems(stored: StoredSet): ReviewedItem[] {
  return stored.items.map((item) => {
    const review = itemReview(stored.review, item.id);
    return {
      item: withReview(item, review),
      status: review.status,
      edited: review.prompt !== undefined || review.explanation !== undefined,
    };
  });
}

/** The items students may be given: accepted ones of a published set, with the teacher's wording. */
export function servedItems(stored: StoredSet): Item[] {
  if (!stored.review.published) return [];
  return stored.items
    .filter((item) => itemReview(stored.review, item.id).status === 'accepted')
    .map((item) => withReview(item, stored.review.items[item.id]));
}

export function setSummary(stored: StoredSet): ImportedSetSummary {
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const item of stored.items) counts[itemReview(stored.review, item.id).status] += 1;
  return {
    id: stored.set.id,
    title: stored.set.title,
    ...(stored.set.date === undefined ? {} : { date: stored.set.date }),
    articles: stored.set.articles,
    published: stored.review.published,
    counts,
  };
}

export function setReview(stored: StoredSet): ImportedSetReview {
  return { ...setSummary(stored), items: reviewedItems(stored) };
}
