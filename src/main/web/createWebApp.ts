import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import { contentSecurityPolicy } from '../../shared/csp.ts';
import { fail, type Result } from '../../shared/result.ts';
import type { ErrorCode } from '../../shared/errorCodes.ts';
import type { Handlers } from '../api.ts';
import { invokeCall } from '../invokeCall.ts';

// Arguments are small JSON objects, except a results file being imported (at most 4 MB of text, which JSON
// escaping can nearly double); anything larger is a mistake or an attack.
export const maxBodyBytes = 10 * 1024 * 1024;

export interface WebAppOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Hosts the page may be reached by, e.g. "127.0.0.1:5173"; read per request because port 0 is known late. */
  allowedHosts: () => readonly string[];
}

const statusFor: Partial<Record<ErrorCode, 400 | 404 | 413 | 500>> = {
  BAD_ARGUMENT: 400,
  UNKNOWN_CALL: 404,
  FOREIGN_SENDER: 400,
  INTERNAL: 500,
};

export function createWebApp({ handlers, rendererDir, allowedHosts }: WebAppOptions): Hono {
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({ crossOriginEmbedderPolicy: false, strictTransportSecurity: false, xFrameOptions: 'DENY' }),
  );
  app.use('*', async (c, next) => {
    // A page on another site can reach 127.0.0.1 through a rebound DNS name or a cross-site POST; refuse both.
    const host = c.req.header('host') ?? '';
    const origin = c.req.header('origin');
    const hosts = allowedHosts();
    if (!hosts.includes(host) || (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))) {
      return c.json(fail('FOREIGN_SENDER', 'This server only answers its own page on this computer.'), 403);
    }
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy);
  });

  app.post(
    '/api/:call',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json(fail('BAD_ARGUMENT', 'The request is larger than 10 MB.'), 413),
    }),
    async (c) => {
      const name = c.req.param('call');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json(fail('BAD_ARGUMENT', `${name}: the request body is not JSON.`), 400);
      }
      const result: Result<unknown> = await invokeCall(handlers, name, body);
      return c.json(result, result.ok ? 200 : (statusFor[result.error.code] ?? 200));
    },
  );
  app.all('/api/*', (c) => c.json(fail('UNKNOWN_CALL', 'Calls are made with POST /api/<call>.'), 405));

  app.use('/*', serveStatic({ root: rendererDir }));
  app.get('/', serveStatic({ path: `${rendererDir}/index.html` }));
  return app;
}
