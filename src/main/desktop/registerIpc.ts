import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callNames, ipcChannel } from '../../shared/calls.ts';
import { fail } from '../../shared/result.ts';
import type { Handlers } from '../api.ts';
import { invokeCall } from '../invokeCall.ts';
import { isTrustedSender } from './trustedSender.ts';

/** One ipcMain.handle per contract call, generated from the call list; each checks who is calling. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  trustedOrigins: readonly string[],
): void {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel(name), (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, args: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
        return fail('FOREIGN_SENDER', `${name} was refused: the call did not come from Crossread's own page.`);
      }
      return invokeCall(handlers, name, args);
    });
  }
}
