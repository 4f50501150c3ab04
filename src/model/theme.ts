/** Colour themes. `null` as a setting means "follow the system" (prefers-color-scheme). */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function resolveTheme(setting: Theme | null, systemDark: boolean): Theme {
  return setting ?? (systemDark ? 'dark' : 'light');
}

/** The next theme in the cycle light → dark → projector → light (the `t` key). */
export function nextTheme(current: Theme): Theme {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length] ?? 'light';
}
