import type { ReactNode } from 'react';

/** A link that leaves the app: new tab, no opener, and only http(s) targets are ever rendered as links. */
export function ExternalLink({ href, label, children }: { href: string; label?: string; children: ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <span>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={label ? `${label} (opens in a new tab)` : undefined}
    >
      {children}
    </a>
  );
}
