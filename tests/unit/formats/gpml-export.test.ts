/**
 * GPML 2013a export: what is written (data nodes, groups for compartments, interactions with their
 * claims and supporting citations, Biopax publications), what comes back through our importer, and
 * what `losses` says is not carried. (jsdom from the docblock: see gpml-real.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { importGpml } from '../../../src/model/formats/gpml/read';
import { exportGpml } from '../../../src/model/formats/gpml/write';
import { formatById } from '../../../src/model/formats/registry';
import type { ImportResult } from '../../../src/model/formats/types';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { formatFixture, ids, positions, rich, triples } from './helpers';

function ok(result: ImportResult): { pathway: Pathway; warnings: string[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  const again = parsePathway(JSON.parse(JSON.stringify(result.pathway)));
  expect(again.ok, JSON.stringify(again.ok ? [] : again.errors)).toBe(true);
  return { pathway: result.pathway, warnings: result.warnings };
}

const parse = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

/** Per edge id, the titles of the works its supporting evidence cites. */
const supportTitles = (p: Pathway) =>
  Object.fromEntries(
    p.edges.map((e) => [
      e.id,
      e.evidence.filter((ev) => ev.stance === 'supports').map((ev) => p.references[ev.ref]!.title),
    ]),
  );

const summary = (p: Pathway) =>
  p.nodes.map((n) => `${n.id} ${n.kind} ${n.label} parent=${n.parent ?? '-'} xref=${n.xrefs?.[0] ?? '-'}`).sort();

describe('GPML export', () => {
  it('writes GPML 2013a: data nodes, groups for compartments, interactions, Biopax publications', () => {
    const file = exportGpml(rich());
    expect(file.fileName).toBe(`${rich().id}.gpml`);
    const doc = parse(file.text);
    const root = doc.documentElement;
    expect(root.localName).toBe('Pathway');
    expect(root.namespaceURI).toBe('http://pathvisio.org/GPML/2013a');
    expect(root.getAttribute('Name')).toBe(rich().title);
    const all = (name: string) => Array.from(root.children).filter((c) => c.localName === name);
    expect(all('DataNode').map((d) => d.getAttribute('GraphId'))).toEqual(
      rich()
        .nodes.filter((n) => n.kind !== 'compartment')
        .map((n) => n.id),
    );
    expect(all('Group').map((g) => `${g.getAttribute('GroupId')} ${g.getAttribute('GroupRef') ?? '-'}`)).toEqual([
      'cell -',
      'synapse cell',
    ]);
    expect(all('InfoBox')).toHaveLength(1);
    // an edge id that starts with a digit is not an NCName: written with a prefix
    expect(all('Interaction').map((i) => i.getAttribute('GraphId'))).toContain('e_5ht-drives-ltp');
    const modulation = all('Interaction').find((i) => i.getAttribute('GraphId') === 'chol-modulates-trkb')!;
    expect(modulation.querySelector('Attribute')!.getAttribute('Value')).toBe('allosteric-modulation');
    expect(Array.from(modulation.querySelectorAll('Point')).map((p) => p.getAttribute('ArrowHead'))).toEqual([
      null,
      'mim-modification',
    ]);
    const pubs = Array.from(
      doc.getElementsByTagNameNS('http://www.biopax.org/release/biopax-level3.owl#', 'PublicationXref'),
    );
    expect(pubs.map((p) => p.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'id'))).toEqual([
      'preprint2023',
      'anon',
    ]);
    expect(pubs[0]!.textContent).toContain('10.1101/2023.11.03.565_1');
  });

  it('reads back: ids, labels, kinds, compartments, first cross-references, relations, claims, supporting citations', () => {
    const source = rich();
    const file = exportGpml(source);
    const { pathway, warnings } = ok(importGpml(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(ids(pathway.nodes)).toEqual(ids(source.nodes));
    expect(ids(pathway.edges)).toEqual(ids(source.edges));
    expect(triples(pathway)).toEqual(triples(source));
    expect(summary(pathway)).toEqual(summary(source));
    expect(Object.fromEntries(pathway.edges.map((e) => [e.id, e.claim]))).toEqual(
      Object.fromEntries(source.edges.map((e) => [e.id, e.claim])),
    );
    expect(supportTitles(pathway)).toEqual(supportTitles(source));
    expect(pathway.edges.filter((e) => e.uncited)).toEqual([]);
    // the contesting item of ssri-binds-trkb is not written
    expect(pathway.edges.find((e) => e.id === 'ssri-binds-trkb')!.evidence).toHaveLength(1);
    // keys our export writes come back as they are
    expect(Object.keys(pathway.references).sort()).toEqual(['anon', 'preprint2023']);
    expect(pathway.references.preprint2023).toMatchObject({
      DOI: '10.1101/2023.11.03.565_1',
      title: 'A preprint about TrkB',
    });
    // data nodes keep their positions (compartments are drawn round their members)
    const placed = new Set(source.nodes.filter((n) => n.kind !== 'compartment' && n.position).map((n) => n.id));
    expect(placed.size).toBe(8);
    const at = (p: Pathway) => Object.fromEntries(Object.entries(positions(p)).filter(([id]) => placed.has(id)));
    expect(at(pathway)).toEqual(at(source));
  });

  it('says what it cannot carry: first the registry’s losses, then this pathway’s', () => {
    const file = exportGpml(rich());
    expect(file.losses).toEqual([
      ...formatById('gpml').export.loses,
      '1 allosteric-modulation edge(s) have no GPML arrowhead: written as "mim-modification" with an Attribute naming the relation (restored when re-imported here; PathVisio shows a modification).',
      '4 node(s) of a kind without a GPML type (lipid, drug, cell type, concept) are written as the nearest type with an Attribute naming the kind.',
      "1 cross-reference(s) after a node's first are not written (a GPML data node has one).",
      'The synonyms of 2 node(s) are not written.',
      '1 contesting evidence item(s) are not written (a BiopaxRef can only cite in support).',
      '1 node(s) had no preset position and were placed on a grid.',
      '2 compartment(s) are written as groups, drawn round their members: their own preset positions are not kept.',
    ]);
  });

  it('a chosen subset: its edges, the nodes they need, their compartments and only the works they cite', () => {
    const file = exportGpml(rich(), ['astro-idea']);
    const doc = parse(file.text);
    const names = (tag: string, a: string) =>
      Array.from(doc.documentElement.children)
        .filter((c) => c.localName === tag)
        .map((c) => c.getAttribute(a));
    expect(names('Interaction', 'GraphId')).toEqual(['astro-idea']);
    expect(names('DataNode', 'GraphId').sort()).toEqual(['astro', 'idea']);
    expect(names('Group', 'GroupId')).toEqual([]);
    const { pathway } = ok(importGpml(file.text));
    expect(Object.keys(pathway.references)).toEqual(['anon']);
  });

  it('a WikiPathways file read, written and read again keeps its network and its citations', () => {
    const first = ok(importGpml(formatFixture('real/wikipathways-WP2141.gpml'), 'WP2141.gpml')).pathway;
    const file = exportGpml(first);
    const { pathway, warnings } = ok(importGpml(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(triples(pathway)).toEqual(triples(first));
    expect(summary(pathway)).toEqual(summary(first));
    const pmids = (p: Pathway) =>
      Object.fromEntries(
        p.edges.filter((e) => !e.uncited).map((e) => [e.id, e.evidence.map((ev) => p.references[ev.ref]!.PMID)]),
      );
    expect(pmids(pathway)).toEqual({ id6f88a6aa: ['2459516'] });
    expect(pathway.references.vanderstarre1988).toMatchObject({
      PMID: '2459516',
      author: [
        { family: 'van der Starre', given: 'PJ' },
        { family: 'Reneman', given: 'RS' },
      ],
      issued: { 'date-parts': [[1988]] },
    });
  });
});
