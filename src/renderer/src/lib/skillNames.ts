import type { Skill } from '../../../shared/items.ts';

// The three skills as a student reads them on screen, in the order the app always lists them. Kept here rather
// than imported from src/shared/items.ts, whose zod schemas have no place in the page's bundle.
export const skillNames: Record<Skill, string> = {
  compare: 'Compare sources',
  evidence: 'Check the evidence',
  clutter: 'Spot the clutter',
};

export const skillHints: Record<Skill, string> = {
  compare: 'figures, dates and quotes',
  evidence: 'unproven claims, unnamed sources',
  clutter: 'menus, buttons and ads',
};

export const skillOrder: readonly Skill[] = ['compare', 'evidence', 'clutter'];
