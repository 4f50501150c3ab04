/**
 * SBGN-ML export of pathways imported from other tools, whose ids may start with a digit (Cytoscape's
 * SUIDs): every glyph, arc and map id must be an xs:ID (an NCName), and our reader must give the
 * ids back unchanged. The real file's source and licence are in tests/fixtures/formats/SOURCES.md.
 */
import { describe, expect, it } from 'vitest';
import { importCyjs } from '../../../src/model/formats/cyjs/read';
import { importSbgnml } from '../../../src/model/formats/sbgnml/read';
import { exportSbgnml } from '../../../src/model/formats/sbgnml/write';
import type { Pathway } from '../../../src/model/types';
import { formatFixture, idLabels, ids, imported, mini, triples } from './helpers';

/** An NCName in ASCII: a letter or `_` first, then letters, digits, `_`, `-`, `.`; no colon. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Every id an SBGN-ML file defines, and every reference it makes to one. */
function idsOf(text: string) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  const defined = [...all('map'), ...all('glyph'), ...all('arc')].map((e) => e.getAttribute('id') ?? '');
  const glyphIds = new Set(all('glyph').map((g) => g.getAttribute('id')));
  const refs = [
    ...all('arc').flatMap((a) => [a.getAttribute('source') ?? '', a.getAttribute('target') ?? '']),
    ...all('glyph')
      .map((g) => g.getAttribute('compartmentRef'))
      .filter((r): r is string => r !== null),
  ];
  return { defined, refs, glyphIds };
}

const galFiltered = (): Pathway =>
  imported(importCyjs(formatFixture('real/cyjshiny-galFiltered-gal4.cyjs'), 'galFiltered.cyjs')).pathway;

describe('SBGN-ML ids are xs:IDs', () => {
  it('writes NCName ids for a pathway imported from Cytoscape (numeric SUIDs) and reads them back unchanged', () => {
    const source = galFiltered();
    // the Cytoscape file's node and edge ids are numbers: that is what this test is about
    expect(source.nodes.map((n) => n.id).filter((id) => !/^[0-9]/.test(id))).toEqual([]);
    const file = exportSbgnml(source);
    const { defined, refs, glyphIds } = idsOf(file.text);
    expect(defined.filter((id) => !NCNAME.test(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
    expect(refs.filter((r) => !glyphIds.has(r))).toEqual([]);
    expect(file.text).toContain('<glyph id="n_1642" class="biological activity">');
    expect(file.text).toMatch(/<arc id="e_2240" class="unknown influence" source="n_1642" target="n_1776">/);
    const { pathway, warnings } = imported(importSbgnml(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(ids(pathway.nodes)).toEqual(ids(source.nodes));
    expect(ids(pathway.edges)).toEqual(ids(source.edges));
    expect(idLabels(pathway)).toEqual(idLabels(source));
    expect(triples(pathway)).toEqual(triples(source));
  });

  it('prefixes a map id and compartment references that start with a digit, and reads them back', () => {
    const base = mini();
    const renamed = (id: string) => (id === 'a' ? '1a' : id === 'b' ? '2b' : id);
    const source: Pathway = {
      ...base,
      id: '2024-network',
      nodes: [
        ...base.nodes.map((n) => ({ ...n, id: renamed(n.id), parent: '3-cell' })),
        { id: '3-cell', label: 'Cell', kind: 'compartment', description: 'A compartment.' },
      ],
      edges: base.edges.map((e) => ({ ...e, source: renamed(e.source), target: renamed(e.target) })),
    };
    const file = exportSbgnml(source);
    const { defined, refs, glyphIds } = idsOf(file.text);
    expect(defined.filter((id) => !NCNAME.test(id))).toEqual([]);
    expect(refs.filter((r) => !glyphIds.has(r))).toEqual([]);
    expect(file.text).toContain('<map id="m_2024-network" language="activity flow">');
    expect(file.text).toContain('compartmentRef="n_3-cell"');
    const { pathway } = imported(importSbgnml(file.text));
    expect(pathway.id).toBe('2024-network');
    expect(ids(pathway.nodes)).toEqual(ids(source.nodes));
    expect(triples(pathway)).toEqual(triples(source));
    expect(pathway.nodes.find((n) => n.id === '1a')?.parent).toBe('3-cell');
  });

  it('leaves ids that are already NCNames as they are', () => {
    const { text } = exportSbgnml(mini());
    expect(text).toContain('<map id="mini" language="activity flow">');
    expect(text).not.toMatch(/id="[nem]_/);
  });
});
