import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';

// index.html carries the strict policy (so security scanners and the built app see it). The dev server needs
// inline styles and a websocket for hot reload, so only while developing the page gets a looser policy.
const developmentPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: http://localhost:*";

function developmentCsp(): Plugin {
  return {
    name: 'crossread-development-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/, `$1${developmentPolicy}"`),
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: 'src/main/desktop/index.ts' } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules or other files: one CommonJS file that requires only electron.
      rolldownOptions: {
        input: { index: 'src/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [svelte(), developmentCsp()],
    build: {
      // Halves the JavaScript a student's machine parses on every start (56 KB to 28 KB gzipped).
      minify: true,
      rolldownOptions: { input: { index: 'src/renderer/index.html' } },
    },
  },
});
