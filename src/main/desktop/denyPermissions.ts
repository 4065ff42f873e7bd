import type { Session } from 'electron';

// Crossread needs no camera, microphone, notifications, geolocation or anything else a page can ask for.
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
