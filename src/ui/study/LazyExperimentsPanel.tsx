import { lazy } from 'react';

/** The Experiments panel, loaded when first shown (its tab, or an embed with `controls=experiments`). */
export const LazyExperimentsPanel = lazy(() =>
  import('./ExperimentsPanel').then((m) => ({ default: m.ExperimentsPanel })),
);
