// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStylesheet, CANVAS_THEMES, canvasTheme, MAX_NODE_SCALE } from '../../src/graph/stylesheet';
import { THEMES, type Theme } from '../../src/model/theme';
import {
  colorVar,
  RADII,
  SPACING,
  TARGETS,
  THEME_TOKENS,
  tokensCss,
  TYPE_SCALE,
  typeStep,
  type ColorTokens,
} from '../../src/model/tokens';
import { designTokens, DESIGN_TOKENS_CSS } from '../../scripts/designTokensPlugin';
import { fixtureModel } from '../helpers/fixtures';

const css = tokensCss();
const styles = readFileSync(resolve(process.cwd(), 'src/ui/styles.css'), 'utf8');
const colorNames = (theme: Theme) => Object.keys(THEME_TOKENS[theme].colors).sort() as (keyof ColorTokens)[];

/** The declarations of the generated block for one theme, as a map from property to value. */
function themeBlock(theme: Theme): Map<string, string> {
  const selector = theme === 'light' ? `:root,\n[data-theme='light'] {` : `[data-theme='${theme}'] {`;
  const start = css.indexOf(selector);
  expect(start, `a block for ${theme}`).toBeGreaterThan(-1);
  const body = css.slice(start + selector.length, css.indexOf('}', start));
  return new Map(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()] as const),
  );
}

/** A colour as CSS writes it: #rgb/#rrggbb or rgb(r g b / a). */
const COLOUR = /^(#[0-9a-f]{6}|rgb\(\d{1,3} \d{1,3} \d{1,3}( \/ (0|1|0?\.\d+))?\))$/;

describe('design tokens', () => {
  it('every theme defines every colour token, each a CSS colour', () => {
    const names = colorNames('light');
    expect(names.length).toBeGreaterThan(30);
    for (const theme of THEMES) {
      expect(colorNames(theme), theme).toEqual(names);
      for (const name of names) expect(THEME_TOKENS[theme].colors[name], `${theme} ${name}`).toMatch(COLOUR);
    }
  });

  it('the generated CSS holds each token of each theme, and the shared scales on :root', () => {
    for (const theme of THEMES) {
      const block = themeBlock(theme);
      const t = THEME_TOKENS[theme];
      for (const name of colorNames(theme)) expect(block.get(colorVar(name)), `${theme} ${name}`).toBe(t.colors[name]);
      expect(block.get('--font-size')).toBe(t.fontSize);
      expect(block.get('color-scheme')).toBe(t.colorScheme);
    }
    for (const [name, step] of Object.entries(TYPE_SCALE)) {
      expect(css).toContain(`  --font-${name}: var(--step-${step});\n`);
      expect(css).toContain(`  --step-${step}: ${typeStep(step)};\n`);
    }
    for (const [step, size] of Object.entries(SPACING)) expect(css).toContain(`  --space-${step}: ${size};\n`);
    for (const [name, size] of Object.entries(RADII)) expect(css).toContain(`  --radius-${name}: ${size};\n`);
    for (const [name, size] of Object.entries(TARGETS)) expect(css).toContain(`  --target-${name}: ${size};\n`);
  });

  it('the type scale is one modular scale: each step 1.125 times the one below, body text at 1rem', () => {
    expect(typeStep(0)).toBe('1rem');
    type Step = Parameters<typeof typeStep>[0];
    const rem = (step: Step) => Number.parseFloat(typeStep(step));
    for (const step of [-1, 0, 1, 2, 3, 4] as const) expect(rem(step) / rem((step - 1) as Step)).toBeCloseTo(1.125, 2);
    // Named sizes only grow with their names' order.
    const order = ['2xs', 'xs', 'sm', 'md', 'base', 'lg', 'xl', '2xl', '3xl'];
    const steps = order.map((name) => TYPE_SCALE[name]);
    expect(steps.every((s) => s !== undefined)).toBe(true);
    expect([...steps].sort((a, b) => a! - b!)).toEqual(steps);
  });

  it('the diagram draws each theme in the colours the page names for it', () => {
    const model = fixtureModel();
    for (const theme of THEMES) {
      const page = themeBlock(theme);
      const sheet = buildStylesheet(model, CANVAS_THEMES[theme]);
      const style = (selector: string): Record<string, unknown> => {
        const rule = sheet.find((r) => r.selector === selector);
        return rule && 'style' in rule ? (rule.style as Record<string, unknown>) : {};
      };
      // Each pair: what the stylesheet draws, and the custom property the page uses for the same thing.
      const pairs: [unknown, string][] = [
        [style('node')['color'], '--ink'],
        [style('node')['background-color'], '--node-fill'],
        [style('node')['border-color'], '--node-line'],
        [style('node')['font-family'], '--font-family'],
        [style('node.kind-drug')['background-color'], '--drug-fill'],
        [style('node.kind-phenotype, node.kind-process')['background-color'], '--outcome-fill'],
        [style('edge')['text-background-color'], '--canvas-bg'],
        [style('edge.uncited')['line-color'], '--edge-muted'],
        [style('edge.contested')['underlay-color'], '--highlight'],
        [style('node.is-selected')['border-color'], '--selection'],
        [style('.kbd-focus')['underlay-color'], '--focus'],
      ];
      for (const [drawn, property] of pairs) {
        const value = property === '--font-family' ? css.match(/--font-family: ([^;]+);/)?.[1] : page.get(property);
        expect(drawn, `${theme} ${property}`).toBe(value);
      }
      expect(style('node')['font-size']).toBe(THEME_TOKENS[theme].canvas.fontSize);
    }
  });

  it('the projector theme has one focus colour, on the page and on the diagram', () => {
    // It was black on the page and the light theme's blue on the diagram.
    expect(CANVAS_THEMES.projector.focus).toBe(themeBlock('projector').get('--focus'));
    expect(CANVAS_THEMES.projector.focus).not.toBe(CANVAS_THEMES.light.focus);
  });

  it('the largest node scale is the projector theme’s', () => {
    expect(MAX_NODE_SCALE).toBe(THEME_TOKENS.projector.canvas.nodeScale);
    expect(MAX_NODE_SCALE).toBeGreaterThan(1);
  });

  it('styles.css writes no colour of its own, and every custom property it uses is generated', () => {
    const withoutComments = styles.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(withoutComments.match(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi) ?? []).toEqual([]);
    const used = new Set([...withoutComments.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    // Measured on the page and set by the app at run time, not design tokens: each is set in App.tsx.
    const runtime = ['--embed-header-height'];
    const app = readFileSync(resolve(process.cwd(), 'src/ui/App.tsx'), 'utf8');
    for (const property of runtime) expect(app, property).toContain(`'${property}'`);
    for (const property of used)
      if (property && !runtime.includes(property)) expect(css, property).toContain(`  ${property}: `);
  });

  it('every colour token is used by the page or the diagram', () => {
    // The colours the diagram reads, recorded as canvasTheme() reads them.
    const read = new Set<string | symbol>();
    const colors = new Proxy(THEME_TOKENS.light.colors, {
      get: (target, key, receiver): unknown => (read.add(key), Reflect.get(target, key, receiver) as unknown),
    });
    canvasTheme({ ...THEME_TOKENS.light, colors });
    expect(read.size).toBeGreaterThan(5);
    for (const name of colorNames('light')) {
      expect(styles.includes(`var(${colorVar(name)})`) || read.has(name), name).toBe(true);
    }
  });

  it('the Vite plugin serves the generated CSS as a virtual module', () => {
    const plugin = designTokens();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolveId(DESIGN_TOKENS_CSS);
    expect(id).toBeDefined();
    expect(load(id ?? '')).toBe(css);
    expect(resolveId('./styles.css')).toBeUndefined();
  });
});
