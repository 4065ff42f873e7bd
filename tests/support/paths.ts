import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const contentDir = join(projectRoot, 'content');
export const seedSetId = '2022-02-putin-xi-nato';
export const seedSetDir = join(contentDir, 'articles', seedSetId);
