// @vitest-environment node
/**
 * The layer rules in eslint.config.js, proved on small in-memory snippets linted at virtual paths
 * through ESLint's Node API with the project's own config. Type-aware linting is switched off here
 * (the project service only knows files on disk); the zone and hooks rules do not need types.
 */
import { ESLint, type Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages ?? [];
}

/** A module that imports `spec` and uses it, so no other rule has anything to say. */
const importing = (spec: string) => `import * as m from '${spec}';\nexport { m };\n`;

// Loading the config and its plugins takes a few seconds the first time.
beforeAll(() => lint('src/model/warmup.ts', 'export const warm = 1;\n'), 60_000);

/** [file the import is written in, the import]: each must be reported by the zone rule. */
const forbidden: [string, string][] = [
  // model imports nothing of the app, at any depth and however the path is written.
  ['src/model/formats/x.ts', './../../store/store'],
  ['src/model/formats/x.ts', '../../store/store'],
  ['src/model/formats/x.ts', './../../store/../graph/sync'],
  ['src/model/formats/deeper/x.ts', '../../../store/slices/layersSlice'],
  ['src/model/x.ts', '../store/store'],
  ['src/model/x.ts', './../graph/sync'],
  ['src/model/x.ts', '../ui/App'],
  ['src/model/x.ts', '../lib/download'],
  ['src/model/x.ts', '../main'],
  // ... and no React, zustand or cytoscape.
  ['src/model/x.ts', 'react'],
  ['src/model/formats/x.ts', 'react-dom/client'],
  ['src/model/x.ts', 'zustand'],
  ['src/model/formats/x.ts', 'zustand/vanilla'],
  ['src/model/x.ts', 'cytoscape'],
  ['src/model/formats/x.ts', 'cytoscape-dagre'],
  // Only src/graph imports cytoscape and its plugins.
  ['src/ui/components/X.tsx', 'cytoscape'],
  ['src/ui/X.tsx', 'cytoscape-svg'],
  ['src/store/x.ts', 'cytoscape'],
  ['src/lib/x.ts', 'cytoscape-dagre'],
  ['src/x.ts', 'cytoscape'],
  ['src/worker/x.ts', 'cytoscape'],
  // The store imports no React, not even through zustand's React entry: it uses zustand/vanilla.
  ['src/store/x.ts', 'zustand'],
  ['src/store/x.ts', 'zustand/react'],
  ['src/store/x.ts', 'zustand/traditional'],
  ['src/store/x.ts', 'react'],
  ['src/store/slices/x.ts', 'react'],
  ['src/store/x.ts', 'react-dom'],
  ['src/store/x.ts', 'react/jsx-runtime'],
  // ... and nothing of the ui or the canvas.
  ['src/store/x.ts', '../ui/App'],
  ['src/store/slices/x.ts', './../../graph/sync'],
  ['src/store/x.ts', '../graph/GraphCanvas'],
  // ui reaches the graph only through <GraphCanvas/> (and the grid's <LayerMiniature/>).
  ['src/ui/X.tsx', '../graph/sync'],
  ['src/ui/components/X.tsx', './../../graph/elements'],
  ['src/ui/components/X.tsx', '../../graph/canvasBridge'],
  // ... the grid's miniatures do not open the door to the graph's other files.
  ['src/ui/components/X.tsx', '../../graph/layout'],
  ['src/ui/components/X.tsx', '../../graph/stylesheet'],
  ['src/ui/X.tsx', './../graph/cytoscape'],
  // graph does not import ui.
  ['src/graph/x.ts', '../ui/App'],
  // The file worker imports only model: nothing of the page, no React, no zustand.
  ['src/worker/x.ts', '../store/store'],
  ['src/worker/x.ts', './../graph/layout'],
  ['src/worker/x.ts', '../ui/App'],
  ['src/worker/x.ts', '../lib/download'],
  ['src/worker/x.ts', 'react'],
  ['src/worker/x.ts', 'zustand/vanilla'],
  // lib imports nothing of store, graph or ui.
  ['src/lib/x.ts', '../store/store'],
  ['src/lib/x.ts', './../graph/sync'],
  ['src/lib/x.ts', '../ui/components/Notices'],
];

/** Imports the layers allow: none of them may be reported at all. */
const allowed: [string, string][] = [
  ['src/model/x.ts', './types'],
  ['src/model/formats/x.ts', '../types'],
  ['src/model/formats/x.ts', './registry'],
  ['src/model/x.ts', 'zod/mini'],
  ['src/store/x.ts', 'zustand/vanilla'],
  ['src/store/x.ts', 'zustand/middleware'],
  ['src/ui/hooks/x.ts', 'zustand'],
  ['src/ui/hooks/x.ts', '../../store/graphController'],
  ['src/store/slices/x.ts', '../../model/model'],
  ['src/graph/x.ts', 'cytoscape'],
  ['src/graph/x.ts', 'cytoscape-dagre'],
  ['src/graph/x.ts', '../store/store'],
  ['src/graph/x.ts', '../model/model'],
  ['src/ui/X.tsx', 'react'],
  ['src/ui/X.tsx', '../graph/GraphCanvas'],
  ['src/ui/components/X.tsx', '../../graph/GraphCanvas'],
  ['src/ui/components/X.tsx', '../../graph/LayerMiniature'],
  ['src/ui/X.tsx', './../graph/LayerMiniature'],
  ['src/ui/components/X.tsx', '../../store/store'],
  ['src/ui/components/X.tsx', '../../lib/download'],
  ['src/lib/x.ts', '../model/model'],
  ['src/x.tsx', 'react-dom/client'],
  ['src/worker/x.ts', '../model/formats/load'],
  ['src/worker/x.ts', 'd3-force'],
  ['src/store/x.ts', '../worker/client'],
  ['src/graph/x.ts', '../worker/client'],
];

describe('layer zones on resolved paths', () => {
  it.each(forbidden)('%s may not import %s', async (file, spec) => {
    const rules = (await lint(file, importing(spec))).map((m) => m.ruleId);
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it.each(allowed)('%s may import %s', async (file, spec) => {
    expect(await lint(file, importing(spec))).toEqual([]);
  });

  it.each([
    ['a type-only import', "import type { AppState } from '../store/types';\nexport type S = AppState;\n"],
    ['a re-export', "export { useAppStore } from '../store/store';\n"],
    ['a re-export of everything', "export * from './../store/store';\n"],
    ['a dynamic import', "export const load = () => import('../store/store');\n"],
  ])('sees %s too', async (_, code) => {
    const rules = (await lint('src/model/x.ts', code)).map((m) => m.ruleId);
    expect(rules).toContain('import-x/no-restricted-paths');
  });

  it('reports an import it cannot resolve, so no path escapes the zones by not resolving', async () => {
    // From src/model/formats, './../store/store' names src/model/store/store, which does not exist.
    const rules = (await lint('src/model/formats/x.ts', importing('./../store/store'))).map((m) => m.ruleId);
    expect(rules).toContain('import-x/no-unresolved');
    expect(await lint('src/model/formats/x.ts', importing('./../types'))).toEqual([]);
  });
});

describe('hooks rules', () => {
  const conditional = (name: string) =>
    `import { useState } from 'react';\nexport function ${name}(on: boolean): number {\n  if (!on) return 0;\n  const [n] = useState(1);\n  return n;\n}\n`;
  const plain = `import { useState } from 'react';\nexport function useOne(): number {\n  const [n] = useState(1);\n  return n;\n}\n`;

  it.each(['src/ui/hooks/useX.ts', 'src/ui/components/X.tsx'])('apply to %s', async (file) => {
    const rules = (await lint(file, conditional('useX'))).map((m) => m.ruleId);
    expect(rules).toContain('react-hooks/rules-of-hooks');
    expect(await lint(file, plain)).toEqual([]);
  });
});

describe('type-checked rules', () => {
  it('are on for the app and the tests, with the project service', async () => {
    // The config file alone: `eslint` above switches type-aware linting off.
    const typed = new ESLint({ cwd: root });
    for (const file of ['src/model/url.ts', 'src/ui/hooks/useShortcuts.ts', 'tests/unit/url.test.ts']) {
      const config = (await typed.calculateConfigForFile(file)) as Linter.Config;
      const parserOptions = config.languageOptions?.parserOptions as { projectService?: unknown } | undefined;
      expect(parserOptions?.projectService, file).toBe(true);
      for (const rule of [
        'no-unnecessary-type-assertion',
        'no-floating-promises',
        'no-misused-promises',
        'await-thenable',
      ]) {
        expect(config.rules?.[`@typescript-eslint/${rule}`], `${file}: ${rule}`).toEqual([2]);
      }
    }
  });
});
