/**
 * The design tokens: every colour of every theme, the canvas's type and stroke scale per theme, and
 * the page's type scale, spacing, radii and control sizes. This table is the one source: the CSS custom properties are
 * generated from it at build time (`tokensCss()`, through the Vite plugin in
 * `scripts/designTokensPlugin.ts`), and so are the canvas themes (`CANVAS_THEMES` in
 * `graph/stylesheet.ts`). `styles.css` names colours only through `var(--…)`.
 */
// Types only, so that the Vite config can load this file as it is (see scripts/designTokensPlugin.ts).
import type { Theme } from './theme';

/**
 * The colours of one theme. Each becomes the custom property `--` + its name in kebab case
 * (`panelBg` → `--panel-bg`). The `canvas…`, `node…`, `drug…`, `outcome…`, `selection`,
 * `highlight` and `edgeMuted` colours are drawn on the diagram; `ink` and `focus` are shared by the
 * page and the diagram (labels, keyboard focus ring).
 */
export interface ColorTokens {
  /** The page behind the panels. */
  readonly bg: string;
  /** Panels, the header, dialogs, popups. */
  readonly panelBg: string;
  /** Body text, and the labels on the diagram. */
  readonly ink: string;
  /** Secondary text (hints, counts, hidden layers). */
  readonly muted: string;
  /** Rules and borders between regions. */
  readonly line: string;
  /** Links and the marks of the current item (selected tab, highlighted row). */
  readonly accent: string;
  /** The keyboard focus ring, on the page and on the diagram. */
  readonly focus: string;
  /** Buttons, fields and selects. */
  readonly buttonBg: string;
  /** The border of buttons, fields and selects (at least 3:1 against what is around them). */
  readonly buttonLine: string;
  /** The box behind an interaction's claim, and pressed toggle buttons. */
  readonly claimBg: string;
  /** Notices. */
  readonly warnBg: string;
  /** A notice's edge, and field errors. */
  readonly warnLine: string;
  /** A "supports" evidence badge: text, then border. */
  readonly supports: string;
  readonly supportsLine: string;
  /** A "contests" evidence badge: text, then border. */
  readonly contests: string;
  readonly contestsLine: string;
  /** The border of a neutral badge (evidence kind). */
  readonly badgeLine: string;
  /** Feedback on a check question: the edge of a right, then of a wrong answer. */
  readonly correct: string;
  readonly wrong: string;
  /** What dims the page behind a modal dialog. */
  readonly backdrop: string;
  /** Shadows under popups (search results), then under the tour caption. */
  readonly shadow: string;
  readonly shadowStrong: string;
  /** The hint shown over the diagram ("Ctrl + scroll to zoom"): background, then text. */
  readonly hintBg: string;
  readonly hintInk: string;
  /** The tint over the page while a file is dragged onto it. */
  readonly dropTint: string;
  /** The diagram's background (and behind edge labels). */
  readonly canvasBg: string;
  /** Molecule boxes: fill, then border. */
  readonly nodeFill: string;
  readonly nodeLine: string;
  /** Drug boxes. */
  readonly drugFill: string;
  /** Compartment boxes (SBGN compartment glyphs): fill, heavy border, and their titles. */
  readonly compartmentFill: string;
  readonly compartmentLine: string;
  readonly compartmentInk: string;
  /** Process and phenotype boxes, and knocked-out nodes. */
  readonly outcomeFill: string;
  /** The halo and border of the selected item on the diagram. */
  readonly selection: string;
  /** The contested halo, a tour's focus and the edges that cite a highlighted paper. */
  readonly highlight: string;
  /** Greyed-out strokes on the diagram: uncited, cut or abolished edges. */
  readonly edgeMuted: string;
}

/** How the diagram draws in one theme, besides its colours. */
export interface CanvasScale {
  /** Label size in px, on nodes and on edges alike (the smallest label sets what can be read). */
  readonly fontSize: number;
  readonly fontWeight: 'normal' | 'bold';
  /** Multiplies edge widths and arrowheads. */
  readonly widthScale: number;
  /** Multiplies node boxes (sized for 12 px labels), so larger labels still fit. */
  readonly nodeScale: number;
  /** Node border width in px. */
  readonly borderWidth: number;
}

export interface ThemeTokens {
  /** `color-scheme`: how the browser draws scroll bars and native controls. */
  readonly colorScheme: 'light' | 'dark';
  /** The page's body text size (`--font-size`). Sizes in `rem` stay relative to the root. */
  readonly fontSize: string;
  readonly colors: ColorTokens;
  readonly canvas: CanvasScale;
}

const LIGHT: ThemeTokens = {
  colorScheme: 'light',
  fontSize: '15px',
  colors: {
    bg: '#f7f7f5',
    panelBg: '#ffffff',
    ink: '#1a1a1a',
    muted: '#555555',
    line: '#d8d8d4',
    accent: '#0b5cad',
    focus: '#0b5cad',
    buttonBg: '#ffffff',
    buttonLine: '#767676',
    claimBg: '#f3f5f8',
    warnBg: '#fff4e5',
    warnLine: '#b35900',
    supports: '#005a42',
    supportsLine: '#006b4f',
    contests: '#8f3300',
    contestsLine: '#a33a00',
    badgeLine: '#8a8a85',
    correct: '#1b7f4f',
    wrong: '#b35900',
    backdrop: 'rgb(0 0 0 / 0.4)',
    shadow: 'rgb(0 0 0 / 0.12)',
    shadowStrong: 'rgb(0 0 0 / 0.18)',
    hintBg: 'rgb(0 0 0 / 0.78)',
    hintInk: '#ffffff',
    dropTint: 'rgb(127 127 127 / 0.25)',
    canvasBg: '#ffffff',
    nodeFill: '#ffffff',
    nodeLine: '#4a4a4a',
    drugFill: '#fff8e6',
    compartmentFill: '#f4f7fa',
    compartmentLine: '#8796a5',
    compartmentInk: '#3d4a57',
    outcomeFill: '#f1f1f1',
    selection: '#000000',
    highlight: '#d55e00',
    edgeMuted: '#9a9a9a',
  },
  canvas: { fontSize: 12, fontWeight: 'normal', widthScale: 1, nodeScale: 1, borderWidth: 1.5 },
};

const DARK: ThemeTokens = {
  colorScheme: 'dark',
  fontSize: '15px',
  colors: {
    ...LIGHT.colors,
    bg: '#101215',
    panelBg: '#1b1e23',
    ink: '#f0f0f0',
    muted: '#b9bdc4',
    line: '#3a3e45',
    accent: '#8cc8ff',
    focus: '#8cc8ff',
    buttonBg: '#262a30',
    buttonLine: '#8f949c',
    claimBg: '#262a30',
    warnBg: '#3a2a12',
    warnLine: '#ffb45c',
    supports: '#7fe0bd',
    supportsLine: '#5fd0a8',
    contests: '#ffb48c',
    contestsLine: '#ffa070',
    canvasBg: '#16181c',
    nodeFill: '#24272d',
    nodeLine: '#b8bcc4',
    drugFill: '#3a3222',
    compartmentFill: '#1d2127',
    compartmentLine: '#6d7886',
    compartmentInk: '#c9d1da',
    outcomeFill: '#30343b',
    selection: '#ffffff',
    highlight: '#ff9a4d',
    edgeMuted: '#7d828a',
  },
  canvas: LIGHT.canvas,
};

/** After PhET's projector profile: white ground, black ink, heavy rules, large bold labels. */
const PROJECTOR: ThemeTokens = {
  colorScheme: 'light',
  fontSize: '18px',
  colors: {
    ...LIGHT.colors,
    bg: '#ffffff',
    ink: '#000000',
    muted: '#262626',
    line: '#000000',
    accent: '#003f8c',
    // The page's focus ring was black here while the diagram's stayed the light theme's blue; one
    // colour now, the accent as in the other themes, so it stands apart from black borders and
    // from the black selection halo.
    focus: '#003f8c',
    buttonLine: '#000000',
    claimBg: '#eeeeee',
    warnBg: '#fff1cc',
    warnLine: '#000000',
    nodeLine: '#000000',
    drugFill: '#fff1cc',
    compartmentFill: '#f2f2f2',
    compartmentLine: '#4d4d4d',
    compartmentInk: '#000000',
    outcomeFill: '#ececec',
  },
  canvas: { fontSize: 13.5, fontWeight: 'bold', widthScale: 1.8, nodeScale: 1.1, borderWidth: 2.5 },
};

/** Every theme's tokens. */
export const THEME_TOKENS: Readonly<Record<Theme, ThemeTokens>> = {
  light: LIGHT,
  dark: DARK,
  projector: PROJECTOR,
};

/** The font stack of the page and of the diagram's labels. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Line height of body text. */
const LINE_HEIGHT = 1.45;

/**
 * The type scale: a modular scale (ratio 1.125, a major second) on the theme's body size, so every
 * size is a step up or down from body text (`--step-<n>`: `--step--2` … `--step-4`, in `rem`).
 */
const TYPE_RATIO = 1.125;
const TYPE_STEPS = [-2, -1, 0, 1, 2, 3, 4] as const;
type TypeStep = (typeof TYPE_STEPS)[number];

/** The size of one step of the type scale, in `rem` (three decimals). */
export function typeStep(step: TypeStep): string {
  return `${Number((TYPE_RATIO ** step).toFixed(3))}rem`;
}

/**
 * The names styles.css gives the type sizes (`--font-<name>`), each one step of the scale: small print
 * (tags, kinds) two below body text, secondary text one below, headings one to three above.
 */
export const TYPE_SCALE: Readonly<Record<string, TypeStep>> = {
  '2xs': -2,
  xs: -2,
  sm: -1,
  md: -1,
  base: 0,
  lg: 1,
  xl: 2,
  '2xl': 3,
  '3xl': 4,
};

/** The spacing steps (`--space-<step>`), for gaps, paddings and margins: a 4 px grid with 2 and 6 px for fine work. */
export const SPACING = {
  1: '2px',
  2: '4px',
  3: '6px',
  4: '8px',
  5: '12px',
  6: '16px',
  7: '20px',
  8: '24px',
} as const;

/** Corner radii (`--radius-<name>`): small marks, controls, panels and popups, pills (chips, tags). */
export const RADII = {
  sm: '4px',
  md: '6px',
  lg: '8px',
  pill: '999px',
} as const;

/**
 * The smallest size of a control (`--target-<name>`): for a pointer (at least WCAG 2.5.8's 24 px),
 * and for a finger on the phone layout (WCAG 2.5.5's 44 px).
 */
export const TARGETS = {
  pointer: '28px',
  touch: '44px',
} as const;

/** `panelBg` → `panel-bg`. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The custom property that holds a colour token. */
export function colorVar(name: keyof ColorTokens): string {
  return `--${kebab(name)}`;
}

const block = (selector: string, declarations: readonly (readonly [string, string])[]) =>
  `${selector} {\n${declarations.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}\n`;

/**
 * The stylesheet of custom properties: the shared scales on `:root`, then one block per theme on
 * `[data-theme=…]` (the light theme also on `:root`, the default before a theme is known).
 */
export function tokensCss(): string {
  const shared = block(':root', [
    ['--font-family', FONT_FAMILY],
    ['--line-height', String(LINE_HEIGHT)],
    ...TYPE_STEPS.map((step) => [`--step-${step}`, typeStep(step)] as const),
    ...Object.entries(TYPE_SCALE).map(([name, step]) => [`--font-${name}`, `var(--step-${step})`] as const),
    ...Object.entries(SPACING).map(([step, size]) => [`--space-${step}`, size] as const),
    ...Object.entries(RADII).map(([name, size]) => [`--radius-${name}`, size] as const),
    ...Object.entries(TARGETS).map(([name, size]) => [`--target-${name}`, size] as const),
  ]);
  const themes = (Object.entries(THEME_TOKENS) as [Theme, ThemeTokens][]).map(([theme, t]) => {
    const selector = theme === 'light' ? `:root,\n[data-theme='light']` : `[data-theme='${theme}']`;
    return block(selector, [
      ...Object.entries(t.colors).map(([name, value]) => [colorVar(name as keyof ColorTokens), value] as const),
      ['--font-size', t.fontSize],
      ['color-scheme', t.colorScheme],
    ]);
  });
  return `/* Generated from src/model/tokens.ts: edit the tokens there. */\n${[shared, ...themes].join('\n')}`;
}
