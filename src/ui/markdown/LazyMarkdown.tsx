import { lazy, Suspense } from 'react';
import type { Model } from '../../model/model';

const Markdown = lazy(() => import('./Markdown'));

/** Markdown, with the renderer loaded on first use; plain text is shown meanwhile. */
export function LazyMarkdown({ model, text, className }: { model: Model; text: string; className?: string }) {
  return (
    <Suspense fallback={<div className={className}>{text.replace(/\[@[^\]]*\]/g, '')}</div>}>
      <Markdown model={model} text={text} {...(className ? { className } : {})} />
    </Suspense>
  );
}
