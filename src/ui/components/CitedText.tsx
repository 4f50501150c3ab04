import type { ReactNode } from 'react';
import { primaryLink, shortCitation } from '../../model/citation';
import { referenceOf, type Model } from '../../model/model';
import { splitCitations } from '../../model/tours';
import { ExternalLink } from './ExternalLink';

/** A linked short citation for a reference key. */
export function CiteLink({ model, refKey }: { model: Model; refKey: string }) {
  const ref = referenceOf(model, refKey);
  if (!ref) return <>{refKey}</>;
  const href = primaryLink(ref);
  return href ? <ExternalLink href={href}>{shortCitation(ref)}</ExternalLink> : <>{shortCitation(ref)}</>;
}

/** Plain text with `[@key]` / `[@a; @b]` citations rendered as "(Author et al. 2021; …)" links. */
export function CitedText({ model, text }: { model: Model; text: string }) {
  const out: ReactNode[] = [];
  let group: string[] = [];
  const flush = () => {
    if (!group.length) return;
    const keys = group;
    out.push(
      <cite key={`c${out.length}`} className="inline-cite">
        (
        {keys.map((k, j) => (
          <span key={k}>
            {j > 0 && '; '}
            <CiteLink model={model} refKey={k} />
          </span>
        ))}
        )
      </cite>,
    );
    group = [];
  };
  for (const seg of splitCitations(text)) {
    if (seg.type === 'cite') group.push(seg.key);
    else {
      flush();
      out.push(<span key={`t${out.length}`}>{seg.text}</span>);
    }
  }
  flush();
  return <>{out}</>;
}
