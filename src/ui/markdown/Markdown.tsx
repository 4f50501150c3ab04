import type { Model } from '../../model/model';
import { renderMarkdown } from './renderMarkdown';

/** Renders markdown that has been sanitised by DOMPurify (see renderMarkdown). */
export default function Markdown({ model, text, className }: { model: Model; text: string; className?: string }) {
  // The HTML comes from DOMPurify with a tag and URL allow-list, never from raw input.
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(model, text) }} />;
}
