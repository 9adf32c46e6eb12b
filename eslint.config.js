import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.svelte-check/', 'src/i18n/paraglide/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The domain core must run unchanged in the browser, Node and the reference endpoint.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', 'dexie', 'pdfjs-dist', 'pdfjs-dist/*', 'node:*'],
              message: 'src/domain stays pure: no UI, storage, pdf or Node imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'Use Temporal in Asia/Tokyo, never Date.' },
        'window',
        'document',
        'localStorage',
      ],
    },
  },
);
