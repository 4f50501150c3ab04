/**
 * Markdown → safe HTML, with maintained libraries: marked renders, DOMPurify sanitises. Citations
 * `[@key]` become links to the reference first. Loaded on demand (tours, model description), so
 * neither library is in the first download.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { primaryLink, shortCitation } from '../../model/citation';
import { referenceOf, type Model } from '../../model/model';
import { splitCitations } from '../../model/tours';

const escapeMd = (text: string) => text.replace(/[[\]()\\*_`]/g, (c) => `\\${c}`);

/** Replace `[@key]` groups with "(Author et al. 2021; …)" markdown links. */
function citationsToMarkdown(model: Model, text: string): string {
  let out = '';
  let group: string[] = [];
  const flush = () => {
    if (!group.length) return;
    out += `(${group.join('; ')})`;
    group = [];
  };
  for (const seg of splitCitations(text)) {
    if (seg.type === 'text') {
      flush();
      out += seg.text;
      continue;
    }
    const ref = referenceOf(model, seg.key);
    const label = ref ? escapeMd(shortCitation(ref)) : escapeMd(seg.key);
    const href = ref ? primaryLink(ref) : undefined;
    group.push(href ? `[${label}](${href})` : label);
  }
  flush();
  return out;
}

let hooked = false;
function ensureHooks(): void {
  if (hooked) return;
  hooked = true;
  // Every link leaves the app in a new tab, without access to this window.
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/** Sanitised HTML for a short piece of markdown (no raw HTML survives; only http(s) links). */
export function renderMarkdown(model: Model, text: string): string {
  ensureHooks();
  const html = marked.parse(citationsToMarkdown(model, text), { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['p', 'a', 'em', 'strong', 'code', 'ul', 'ol', 'li', 'br', 'blockquote', 'sup', 'sub'],
    ALLOWED_ATTR: ['href', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
  });
}
