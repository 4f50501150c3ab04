import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layer zones, checked on RESOLVED paths: the rule resolves each import to a file first, so
 * `./../`, deep relative paths and subfolders cannot slip past it (a relative-glob
 * `no-restricted-imports` could not see through them). Imports point down:
 * ui → graph (through GraphCanvas and LayerMiniature only) → store → worker → model; lib is a leaf
 * of browser utilities that model may not use; the worker (reading and laying out files off the
 * main thread) imports only model. Packages are zoned by where they resolve to.
 * tests/unit/lint.test.ts proves each zone on in-memory snippets.
 */
const pkg = (name) => `node_modules/${name}`;
/** A glob zone's exceptions are matched as written, so they must be absolute. */
const abs = (glob) => `${import.meta.dirname}/${glob}`;
/** Every source file outside src/graph (a glob, so a new top-level folder is covered too). */
const OUTSIDE_GRAPH = ['src/!(graph)/**', 'src/*.*'];
const zones = [
  {
    // Everything under src but model itself: store, graph, ui, lib, worker, main.tsx and any new folder.
    target: 'src/model',
    from: ['src/**'],
    except: [abs('src/model/**')],
    message: 'model imports nothing of the app.',
  },
  {
    target: 'src/model',
    from: [pkg('react'), pkg('react-dom'), pkg('zustand')],
    message: 'model is pure TypeScript: no React, no zustand.',
  },
  {
    target: OUTSIDE_GRAPH,
    // cytoscape, its plugins (cytoscape-*), and wrappers such as react-cytoscapejs.
    from: ['**/node_modules/*cytoscape*/**'],
    message: 'only src/graph imports cytoscape.',
  },
  {
    target: 'src/store',
    from: [pkg('react'), pkg('react-dom')],
    message: 'the store imports no React.',
  },
  {
    // zustand's main entry and its React bindings import React; the store uses zustand/vanilla
    // and zustand/middleware, and components bind it with ui/hooks/useAppStore.
    target: 'src/store',
    from: [
      '**/node_modules/zustand/{index.js,react.js,traditional.js}',
      '**/node_modules/zustand/esm/{index,react,traditional}.mjs',
      '**/node_modules/zustand/{esm/,}react/**',
    ],
    message: 'the store imports no React: use zustand/vanilla (components bind it in ui/hooks/useAppStore).',
  },
  { target: 'src/store', from: ['src/ui'], message: 'the store imports no ui.' },
  { target: 'src/store', from: ['src/graph'], message: 'the store imports nothing of the graph.' },
  {
    target: 'src/ui',
    from: ['src/graph'],
    // <GraphCanvas/>, and the grid view's small multiples (<LayerMiniature/>).
    except: ['./GraphCanvas.tsx', './LayerMiniature.tsx'],
    message:
      'ui uses the graph only through <GraphCanvas/> and <LayerMiniature/> (camera and export go through store/graphController).',
  },
  { target: 'src/graph', from: ['src/ui'], message: 'graph does not import ui.' },
  {
    // The file worker runs the model's readers and layout off the main thread: nothing of the page.
    target: 'src/worker',
    from: ['src/store', 'src/graph', 'src/ui', 'src/lib'],
    message: 'the worker imports only model.',
  },
  {
    target: 'src/worker',
    from: [pkg('react'), pkg('react-dom'), pkg('zustand')],
    message: 'the worker imports no React and no zustand.',
  },
  {
    target: 'src/lib',
    from: ['src/store', 'src/graph', 'src/ui'],
    message: 'lib holds small browser utilities and imports nothing of store, graph or ui.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    // Plain JavaScript (this file, the node scripts) is not in a TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
      // A zone can only judge an import it can resolve: an unresolvable one must fail too.
      'import-x/no-unresolved': ['error', { ignore: ['\\?(raw|url|worker|inline)$', '^virtual:'] }],
    },
  },
  {
    // Hooks live in .ts files too (src/ui/hooks/*.ts).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The diagram is a role="application" operated with the arrow keys (ui/keymap.ts).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['application'] }],
    },
  },
);
