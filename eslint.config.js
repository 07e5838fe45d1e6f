// Lint configuration: typescript-eslint's type-aware presets over the whole project.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_SERVER_IN_PAGE = {
  regex: '(^|/)server(/|$)',
  message: 'the page may not import server/: move shared code to core/',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.data/',
      '.tsbuild/',
      'server/db/embedded/target/',
      'test-artifacts/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // An empty environment variable means "unset": `||` on strings is deliberate.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
    },
  },
  // The isomorphic core (docs/design.md "Layout"): core/ is shared by server, page and offline
  // snapshot, so it imports neither side nor anything that needs Node; the page imports nothing of
  // server/ and the server nothing of client/. tests/unit/architecture checks the same with no cycles.
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_SERVER_IN_PAGE] }],
    },
  },
  // Cytoscape is graph/'s business (graph-view.ts is the page's only graph I/O): modes, tours and
  // panels mark the drawing through the view state and the graph view's methods.
  {
    files: ['client/**/*.ts'],
    ignores: ['client/src/graph/**', '**/*.d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_SERVER_IN_PAGE,
            {
              regex: '^cytoscape(-|$)',
              message: 'only client/src/graph/ uses Cytoscape: ask graph-view.ts, or mark the view state',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'server/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)client(/|$)',
              message: 'the server may not import client/: move shared code to core/',
            },
          ],
        },
      ],
    },
  },
  {
    // Extraction is pure: it returns what it found (the report), and the CLI at the edge prints it.
    files: ['server/extract/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(server|client)(/|$)', message: 'core/ imports neither server/ nor client/' },
            {
              regex: '^(node:|express$|neo4j-driver$)',
              message: 'core/ runs in the page too: no Node, Express or driver',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
