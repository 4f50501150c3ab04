import { describe, expect, it } from 'vitest';
import { authorList, doiUrl, pubmedUrl, shortCitation, sourceDetails } from '../../src/model/citation';
import { searchNodes } from '../../src/model/search';
import { parseXref } from '../../src/model/xref';
import { fixtureModel } from '../helpers/fixtures';

const model = fixtureModel();

describe('searchNodes', () => {
  it('finds by label, ignoring case', () => {
    expect(searchNodes(model, 'receptor')[0]?.node.id).toBe('c');
  });
  it('finds by synonym and says which one matched', () => {
    const [hit] = searchNodes(model, 'alphaz');
    expect(hit?.node.id).toBe('a');
    expect(hit?.matched).toBe('Alphazine');
  });
  it('ignores punctuation', () => {
    expect(searchNodes(model, 'cr1')[0]?.node.id).toBe('c');
  });
  it('ranks exact matches first and returns nothing for blank queries', () => {
    expect(searchNodes(model, 'drug').map((h) => h.node.id)).toEqual(['a', 'd']);
    expect(searchNodes(model, '  ')).toEqual([]);
  });
});

describe('citations', () => {
  const refs = model.pathway.references;
  it('formats short citations', () => {
    expect(shortCitation(refs.smith2020!)).toBe('Smith et al. 2020');
    expect(shortCitation(refs.doe2021!)).toBe('Doe 2021');
    expect(shortCitation(refs.blog2022!)).toBe('A Blog 2022');
  });
  it('formats authors and source details', () => {
    expect(authorList(refs.smith2020!)).toBe('Smith J, Jones K, Lee M');
    expect(sourceDetails(refs.smith2020!)).toBe('2020;12(3):100-110');
  });
  it('links DOIs and PubMed ids', () => {
    expect(doiUrl('10.1016/j.cell.2021.01.034')).toBe('https://doi.org/10.1016/j.cell.2021.01.034');
    expect(pubmedUrl('33606976')).toBe('https://pubmed.ncbi.nlm.nih.gov/33606976/');
  });
  it('resolves CURIEs through identifiers.org', () => {
    expect(parseXref('uniprot:Q16620')).toMatchObject({
      database: 'UniProt',
      url: 'https://identifiers.org/uniprot:Q16620',
    });
    expect(parseXref('CHEBI:5118')?.database).toBe('ChEBI');
    expect(parseXref('nonsense')).toBeNull();
  });
});
