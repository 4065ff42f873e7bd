import { describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { createHandlers } from '../../../../src/main/api.ts';
import { registerIpc } from '../../../../src/main/desktop/registerIpc.ts';
import { appOrigin } from '../../../../src/main/desktop/trustedSender.ts';
import { callNames, ipcChannel } from '../../../../src/shared/calls.ts';
import type { Result } from '../../../../src/shared/result.ts';
import { contentDir } from '../../../support/paths.ts';

type Listener = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  args: unknown,
) => Promise<Result<unknown>> | Result<unknown>;

// Records what registerIpc hands to ipcMain.handle, so each channel can be called as Electron would.
function registeredChannels(): Map<string, Listener> {
  const channels = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => channels.set(channel, listener) };
  registerIpc(ipcMain as unknown as IpcMain, createHandlers({ contentDir, dataDir: '/nonexistent' }), [appOrigin]);
  return channels;
}

const ownPage = { url: `${appOrigin}/index.html`, parent: null };

describe('registerIpc', () => {
  const channels = registeredChannels();

  it('registers one channel per contract call', () => {
    expect([...channels.keys()].sort()).toEqual(callNames.map(ipcChannel).sort());
  });

  it("answers the app's own page with the real handler", async () => {
    const result = await channels.get(ipcChannel('listArticleSets'))?.({ senderFrame: ownPage }, {});
    expect(result?.ok).toBe(true);
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/index.html', parent: null }],
    ['a file: page', { url: 'file:///tmp/index.html', parent: null }],
    ['an iframe inside the app', { url: `${appOrigin}/index.html`, parent: {} }],
    ['a look-alike host', { url: 'app://crossread.evil/index.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses a call from %s with FOREIGN_SENDER', async (_label, senderFrame) => {
    const result = await channels.get(ipcChannel('listArticleSets'))?.({ senderFrame }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FOREIGN_SENDER' } });
  });

  it('checks the argument against the call’s schema', async () => {
    const result = await channels.get(ipcChannel('listArticleSets'))?.({ senderFrame: ownPage }, { unexpected: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });
});
