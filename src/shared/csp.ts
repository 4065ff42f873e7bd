// One policy for both shells: a header in browser mode and on app:// responses, a meta tag in the built page.
// No remote origin appears anywhere, and neither inline script nor eval is allowed.
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
];

// Browsers ignore frame-ancestors in a meta tag and log an error for it; only a header can carry it.
const headerOnly = ['frame-ancestors'];

export const contentSecurityPolicy = directives.join('; ');

export const contentSecurityPolicyMeta = directives
  .filter((directive) => !headerOnly.some((name) => directive.startsWith(`${name} `)))
  .join('; ');
