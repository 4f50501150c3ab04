import { authorList, doiUrl, pubmedUrl, shortCitation, sourceDetails } from '../../model/citation';
import type { Reference } from '../../model/types';
import { ExternalLink } from './ExternalLink';

/** A full citation: authors, year, title, journal, then DOI and PubMed links. */
export function Citation({ reference }: { reference: Reference }) {
  const details = sourceDetails(reference);
  const authors = authorList(reference);
  return (
    <span className="citation">
      {authors && <span className="citation-authors">{authors}.</span>}{' '}
      <span className="citation-title">{reference.title}.</span>{' '}
      {reference['container-title'] && <cite className="citation-journal">{reference['container-title']}</cite>}
      {reference.genre ? ` (${reference.genre})` : ''}
      {details ? ` ${details}.` : '.'}
      <span className="citation-links">
        {reference.DOI && (
          <ExternalLink href={doiUrl(reference.DOI)} label={`DOI ${reference.DOI} — ${shortCitation(reference)}`}>
            doi:{reference.DOI}
          </ExternalLink>
        )}
        {reference.PMID && (
          <ExternalLink
            href={pubmedUrl(reference.PMID)}
            label={`PubMed ${reference.PMID} — ${shortCitation(reference)}`}
          >
            PubMed {reference.PMID}
          </ExternalLink>
        )}
        {!reference.DOI && !reference.PMID && reference.URL && (
          <ExternalLink href={reference.URL} label={`Web page — ${shortCitation(reference)}`}>
            web page
          </ExternalLink>
        )}
      </span>
    </span>
  );
}
