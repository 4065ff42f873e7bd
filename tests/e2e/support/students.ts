import { expect, type Page } from '@playwright/test';

/** On the home screen: makes a new profile and practises as that student, as a student would. */
export async function becomeNewStudent(page: Page, name: string, group?: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Who is practising?' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (group !== undefined) await page.getByLabel('Group', { exact: true }).fill(group);
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
}
