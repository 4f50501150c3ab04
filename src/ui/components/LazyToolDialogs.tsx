import { lazy, Suspense } from 'react';

/*
 * Export and Embed: each a button and the dialog it opens, loaded beside the app rather than in its
 * first chunk (issue 12: the shell small). The prerendered page has their real buttons, which the app
 * takes over once the chunk is in (React hydrates the boundary then); a page rendered afresh shows a
 * button of the same label and size, disabled, for the moment the chunk takes.
 */
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

function Loading({ label }: { label: string }) {
  return (
    <button type="button" disabled>
      {label}
    </button>
  );
}

export function LazyExportDialog() {
  return (
    <Suspense fallback={<Loading label="Export" />}>
      <ExportDialog />
    </Suspense>
  );
}

export function LazyEmbedDialog() {
  return (
    <Suspense fallback={<Loading label="Embed" />}>
      <EmbedDialog />
    </Suspense>
  );
}
