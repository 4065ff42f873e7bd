import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/api.ts';
import { createWebApp, maxBodyBytes } from '../../../../src/main/web/createWebApp.ts';
import { contentSecurityPolicy } from '../../../../src/shared/csp.ts';
import { contentDir } from '../../../support/paths.ts';
import { useTempDir } from '../../../support/tempDir.ts';

const tempDir = useTempDir();
const host = '127.0.0.1:4321';

async function webApp() {
  const rendererDir = await tempDir();
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Crossread</title>');
  await mkdir(join(rendererDir, 'assets'));
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  return createWebApp({
    handlers: createHandlers({ contentDir, dataDir: await tempDir() }),
    rendererDir,
    allowedHosts: () => [host],
  });
}

interface Answer {
  ok: boolean;
  value: { sets: { articles: unknown[] }[] };
  error: { code: string };
}
const answer = async (response: Response): Promise<Answer> => (await response.json()) as Answer;

function call(name: string, body: string, headers: Record<string, string> = {}) {
  return new Request(`http://${host}/api/${name}`, {
    method: 'POST',
    headers: { host, 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('browser-mode HTTP transport', () => {
  it('serves a call with the same result shape as IPC, and the CSP header', async () => {
    const response = await (await webApp()).fetch(call('listArticleSets', '{}'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const result = await answer(response);
    expect(result.ok).toBe(true);
    expect(result.value.sets[0]?.articles).toHaveLength(5);
  });

  it('serves the built page with the CSP header, and nothing outside the renderer folder', async () => {
    const app = await webApp();
    const page = await app.fetch(new Request(`http://${host}/`, { headers: { host } }));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const escape = await app.fetch(
      new Request(`http://${host}/assets/%2e%2e/%2e%2e/package.json`, { headers: { host } }),
    );
    expect(escape.status).toBe(404);
  });

  it('checks the argument with the call’s schema', async () => {
    const response = await (await webApp()).fetch(call('listArticleSets', '{"set": 1}'));
    expect(response.status).toBe(400);
    expect((await answer(response)).error.code).toBe('BAD_ARGUMENT');
  });

  it('rejects a body that is not JSON, an unknown call and a GET', async () => {
    const app = await webApp();
    expect((await answer(await app.fetch(call('listArticleSets', '{oops')))).error.code).toBe('BAD_ARGUMENT');
    expect((await app.fetch(call('dropTables', '{}'))).status).toBe(404);
    expect((await app.fetch(new Request(`http://${host}/api/listArticleSets`, { headers: { host } }))).status).toBe(
      405,
    );
  });

  it('limits the body size', async () => {
    const response = await (
      await webApp()
    ).fetch(call('listArticleSets', JSON.stringify({ pad: 'x'.repeat(maxBodyBytes) })));
    expect(response.status).toBe(413);
    expect((await answer(response)).error.code).toBe('BAD_ARGUMENT');
  });

  it('refuses other hosts (DNS rebinding) and other origins (cross-site requests)', async () => {
    const app = await webApp();
    expect((await app.fetch(call('listArticleSets', '{}', { host: 'evil.example' }))).status).toBe(403);
    expect((await app.fetch(call('listArticleSets', '{}', { origin: 'http://evil.example' }))).status).toBe(403);
    expect((await app.fetch(call('listArticleSets', '{}', { origin: `http://${host}` }))).status).toBe(200);
  });
});
