import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports point down: ui → store → model; graph → store/model; model → nothing of the app. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The diagram is a role="application" operated with the arrow keys (graph/keyboard.ts).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['application'] }],
    },
  },
  {
    files: ['src/model/**'],
    rules: restrict([
      {
        group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'cytoscape', 'cytoscape-*'],
        message: 'model is pure TypeScript.',
      },
      {
        group: ['../store/*', '../graph/*', '../ui/*', '../store', '../graph', '../ui'],
        message: 'model imports nothing of the app.',
      },
    ]),
  },
  {
    files: ['src/store/**'],
    rules: restrict([
      {
        group: ['react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'],
        message: 'store has no DOM rendering or canvas.',
      },
      { group: ['../graph/*', '../ui/*', '../../graph/*', '../../ui/*'], message: 'store imports only model.' },
    ]),
  },
  {
    files: ['src/graph/**'],
    rules: restrict([{ group: ['../ui/*', '../ui'], message: 'graph does not import ui.' }]),
  },
  {
    files: ['src/ui/**'],
    rules: restrict([
      { group: ['cytoscape', 'cytoscape-*'], message: 'only src/graph imports cytoscape.' },
      {
        group: ['../graph/*', '../../graph/*', '!../graph/GraphCanvas', '!../../graph/GraphCanvas'],
        message: 'ui uses the graph only through <GraphCanvas/>.',
      },
    ]),
  },
);
