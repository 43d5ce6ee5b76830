import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Page-facing code must never parse data as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; never parse data as HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never parse data as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML from data.',
        },
      ],
    },
  },
  {
    // lib/ and components/ stay free of extension APIs (see design.md).
    files: ['lib/**', 'components/**', 'data/**'],
    ignores: ['lib/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Pass what you need in from an entrypoint.' },
            {
              name: 'zod',
              importNames: ['z'],
              message: 'Import z from lib/zod.ts (jitless for the extension CSP).',
            },
          ],
        },
      ],
    },
  },
);
