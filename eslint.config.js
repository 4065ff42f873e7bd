import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOutsideShell = {
  name: 'electron',
  // Type-only imports vanish at build time and let tests describe Electron objects.
  allowTypeImports: true,
  message:
    "Only src/main/desktop/ and src/preload/ may import 'electron'. Everything else runs under plain Node in the tests and in browser mode, where require('electron') tries to download the Electron binary and throws. Put the logic in a plain module and call it from desktop/.",
};

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOutsideShell] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='openExternal']",
          message:
            'Crossread opens no external links: shell.openExternal on article text would hand untrusted URLs to the OS.',
        },
      ],
    },
  },
  {
    files: ['src/main/desktop/**', 'src/preload/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The renderer reaches main only through the contract: no Node, no main-process modules.
    files: ['src/renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOutsideShell],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser sandbox; ask main through the contract.' },
            {
              group: ['**/main/**'],
              message: 'The renderer talks to main only through the contract (src/shared/contract.ts).',
            },
          ],
        },
      ],
    },
  },
);
