import { describe, expect, it } from 'vitest';
import { citedKeys, escapeBibtex, exportBibtex, exportCslJson, exportRis } from '../../../src/model/formats/citations';
import { mini, rich } from './helpers';

/** Brace depth never negative and back to zero: the file parses as BibTeX. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('exportBibtex', () => {
  it('writes the mini references with our keys, DOI, PMID and URL', () => {
    const bib = exportBibtex(mini(), ['smith2020', 'doe2021', 'blog2022']);
    expect(bib).toBe(
      [
        '@article{smith2020,',
        '  author  = {Smith, J and Jones, K and Lee, M},',
        '  title   = {{A finding about A and B}},',
        '  journal = {Journal of Tests},',
        '  year    = {2020},',
        '  month   = may,',
        '  volume  = {12},',
        '  number  = {3},',
        '  pages   = {100--110},',
        '  doi     = {10.1000/test.2020.1},',
        '  pmid    = {12345678}',
        '}',
        '',
        '@article{doe2021,',
        '  author  = {Doe, A},',
        '  title   = {{B binds C}},',
        '  journal = {Binding Letters},',
        '  year    = {2021},',
        '  doi     = {10.1000/test.2021.2}',
        '}',
        '',
        '@misc{blog2022,',
        '  author = {{A Blog}},',
        '  title  = {{Doubts about B}},',
        '  year   = {2022},',
        '  month  = jan,',
        '  url    = {https://example.org/doubts}',
        '}',
        '',
      ].join('\n'),
    );
    expect(balanced(bib)).toBe(true);
  });

  it('leaves out a missing author and date, escapes special characters, keeps URLs verbatim', () => {
    const bib = exportBibtex(rich(), ['anon']);
    expect(bib).not.toMatch(/author|year/);
    expect(bib).toContain(
      'title = {{Notes on 5-HT \\& \\textbraceleft{}braces\\textbraceright{}: 50\\% of \\#1 under\\_score \\textasciitilde{}tilde\\textasciicircum{} \\textbackslash{}back \\$x\\$}},',
    );
    expect(bib).toContain('url   = {https://example.org/a_b?x=1&y=%20}');
    expect(balanced(bib)).toBe(true);
  });

  it('writes a preprint as @misc with the server, et al. as "and others", and an underscore DOI untouched', () => {
    const bib = exportBibtex(rich(), ['preprint2023']);
    expect(bib).toMatch(/^@misc\{preprint2023,/);
    expect(bib).toContain('author       = {Müller, Ä. and van der Berg and {The Consortium \\& Co} and others},');
    expect(bib).toContain('howpublished = {bioRxiv},');
    expect(bib).toContain('pages        = {e1--e9},');
    expect(bib).toContain('doi          = {10.1101/2023.11.03.565_1},');
    expect(bib).toContain('pmcid        = {PMC1234567},');
    expect(bib).toContain('note         = {Preprint}');
    expect(balanced(bib)).toBe(true);
  });

  it('skips unknown keys and writes duplicates once; nothing for no keys', () => {
    const bib = exportBibtex(mini(), ['doe2021', 'nope', 'doe2021']);
    expect(bib.match(/@/g)).toHaveLength(1);
    expect(exportBibtex(mini(), [])).toBe('');
  });

  it('escapes every special character once, in one pass', () => {
    expect(escapeBibtex('\\{}')).toBe('\\textbackslash{}\\textbraceleft{}\\textbraceright{}');
    expect(escapeBibtex('a\n  b')).toBe('a b');
  });
});

describe('exportRis', () => {
  it('writes the mini references as RIS records with CRLF line ends', () => {
    const ris = exportRis(mini(), ['smith2020']);
    expect(ris).toBe(
      [
        'TY  - JOUR',
        'ID  - smith2020',
        'AU  - Smith, J',
        'AU  - Jones, K',
        'AU  - Lee, M',
        'TI  - A finding about A and B',
        'T2  - Journal of Tests',
        'PY  - 2020',
        'DA  - 2020/05//',
        'VL  - 12',
        'IS  - 3',
        'SP  - 100',
        'EP  - 110',
        'DO  - 10.1000/test.2020.1',
        'AN  - 12345678',
        'N1  - PMID: 12345678',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('handles a blog, a preprint and a reference without author or date', () => {
    const blog = exportRis(mini(), ['blog2022']);
    expect(blog).toContain('TY  - BLOG\r\n');
    expect(blog).toContain('AU  - A Blog\r\n');
    expect(blog).toContain('DA  - 2022/01/02/\r\n');
    expect(blog).toContain('UR  - https://example.org/doubts\r\n');
    const anon = exportRis(rich(), ['anon']);
    expect(anon).toMatch(/^TY {2}- ELEC\r\nID {2}- anon\r\nTI {2}- Notes on 5-HT & \{braces\}/);
    expect(anon).not.toMatch(/AU|PY|DA/);
    const pre = exportRis(rich(), ['preprint2023']);
    expect(pre).toMatch(/^TY {2}- UNPB/);
    expect(pre).toContain('C2  - PMC1234567');
    expect(pre).toContain('N1  - The author list is cut short (et al.).');
    expect(pre.split('\r\n').filter((l) => l.startsWith('ER  - '))).toHaveLength(1);
  });
});

describe('exportCslJson', () => {
  it('writes the references as a CSL-JSON array with id = key, everything kept', () => {
    const items = JSON.parse(exportCslJson(rich(), ['anon', 'preprint2023'])) as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual(['anon', 'preprint2023']);
    const { id: _id, ...first } = items[0]!;
    expect(first).toEqual(rich().references.anon);
    expect(items[1]).toMatchObject({ type: 'article', genre: 'preprint', DOI: '10.1101/2023.11.03.565_1' });
    expect(JSON.parse(exportCslJson(mini(), []))).toEqual([]);
  });
});

describe('citedKeys', () => {
  it('gives the key papers and evidence of the chosen layers, or of one edge', () => {
    const p = mini();
    expect(citedKeys(p)).toEqual(['smith2020', 'doe2021', 'blog2022']);
    expect(citedKeys(p, { layers: ['alpha'] })).toEqual(['smith2020']);
    expect(citedKeys(p, { layers: ['beta'] })).toEqual(['doe2021', 'smith2020', 'blog2022']);
    expect(citedKeys(p, { layers: ['critique'] })).toEqual(['blog2022']);
    expect(citedKeys(p, { layers: [] })).toEqual([]);
    expect(citedKeys(p, { edgeId: 'd-binds-c' })).toEqual(['doe2021', 'blog2022']);
    expect(citedKeys(p, { edgeId: 'd-binds-c', layers: ['alpha'] })).toEqual(['doe2021', 'blog2022']);
    expect(citedKeys(p, { edgeId: 'nope' })).toEqual([]);
  });

  it('feeds the exporters directly', () => {
    const p = mini();
    expect(exportBibtex(p, citedKeys(p, { layers: ['alpha'] }))).toMatch(/^@article\{smith2020,/);
  });
});
