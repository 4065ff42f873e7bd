import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { denyPermissions } from '../../../../src/main/desktop/denyPermissions.ts';

describe('denyPermissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyPermissions(session as unknown as Session);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      request?.({}, permission, (answer) => (granted = answer));
      expect(granted).toBe(false);
      expect(check?.({}, permission, 'app://crossread', {})).toBe(false);
    }
  });
});
