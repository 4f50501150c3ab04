/**
 * The <iframe> snippet a course page pastes to embed a view. Only attributes that survive common
 * LMS sanitisers carry meaning (Canvas drops `allow` and `loading`, so `allowfullscreen` is kept).
 */
export interface SnippetOptions {
  /** The app's address without query (e.g. https://example.edu/pathway-layers/). */
  readonly base: string;
  /** The current view's query string, with or without its `?`. */
  readonly query: string;
  readonly title: string;
  readonly height: number;
  readonly sandbox: boolean;
  /** The host page's origin, to allow it to drive the app by postMessage. */
  readonly origin?: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSrc({ base, query, origin }: Pick<SnippetOptions, 'base' | 'query' | 'origin'>): string {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  for (const key of ['embed', 'origin', 'controls']) params.delete(key);
  const parts = params.toString() ? [params.toString()] : [];
  parts.push('embed=1');
  if (origin) parts.push(`origin=${encodeURIComponent(origin)}`);
  return `${base}?${parts.join('&').replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`;
}

export function embedSnippet(options: SnippetOptions): string {
  const height = Math.round(Math.min(4000, Math.max(240, options.height || 640)));
  const attributes = [
    `src="${escapeAttribute(embedSrc(options))}"`,
    `title="${escapeAttribute(options.title)}"`,
    'width="100%"',
    `height="${height}"`,
    'style="border:0;max-width:100%"',
    'allowfullscreen',
    'loading="lazy"',
    ...(options.sandbox ? ['sandbox="allow-scripts allow-same-origin allow-popups"'] : []),
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}
