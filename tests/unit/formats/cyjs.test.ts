import { describe, expect, it } from 'vitest';
import { importCyjs, importCyjsValue } from '../../../src/model/formats/cyjs/read';
import { exportCyjs } from '../../../src/model/formats/cyjs/write';
import type { Pathway } from '../../../src/model/types';
import {
  failed,
  formatFixture,
  idLabels,
  ids,
  imported,
  junk,
  membership,
  mini,
  placed,
  positions,
  rich,
  triples,
  truncations,
} from './helpers';

/** Everything Cytoscape.js JSON carries: the pathway minus citations. */
function carried(p: Pathway) {
  return {
    id: p.id,
    title: p.title,
    layers: p.layers.map((l) => ({ ...l, references: [] })),
    nodes: p.nodes,
    edges: p.edges.map(({ evidence: _e, uncited: _u, ...e }) => e),
  };
}

describe('Cytoscape.js JSON round trip', () => {
  it.each([
    ['mini', mini],
    ['mini with positions', () => placed(mini())],
    ['rich', rich],
  ])('%s: export → import keeps everything but citations', (_name, load) => {
    const source = load();
    const file = exportCyjs(source);
    expect(file.fileName).toBe(`${source.id}.cyjs`);
    const { pathway, warnings } = imported(importCyjs(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(idLabels(pathway)).toEqual(idLabels(source));
    expect(triples(pathway)).toEqual(triples(source));
    expect(membership(pathway)).toEqual(membership(source));
    expect(positions(pathway)).toEqual(positions(source));
    expect(carried(pathway)).toEqual(carried(source));
    expect(pathway.description.startsWith(source.description)).toBe(true);
    // the loss is stated
    expect(file.losses.join(' ')).toMatch(/Citations are not written/);
    expect(pathway.layers.every((l) => l.references.length === 0)).toBe(true);
  });

  it('writes the cy.json() shape with positions and data Cytoscape desktop reads', () => {
    const doc = JSON.parse(exportCyjs(rich()).text) as {
      data: { format: string; name: string };
      elements: {
        nodes: { data: Record<string, unknown>; position?: unknown }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(doc.data).toMatchObject({ format: 'pathway-layers@1', name: 'Rich fixture for import/export' });
    expect(doc.elements.nodes.find((n) => n.data.id === 'sert')).toEqual({
      group: 'nodes',
      data: {
        id: 'sert',
        label: 'SERT "5-HTT"',
        name: 'SERT "5-HTT"',
        kind: 'protein',
        description: 'The transporter.',
        synonyms: ['SLC6A4'],
        xrefs: ['uniprot:P31645', 'hgnc:11050'],
        parent: 'synapse',
      },
      position: { x: 280, y: 210 },
    });
    expect(doc.elements.edges.find((e) => e.data.id === 'chol-modulates-trkb')?.data).toMatchObject({
      relation: 'allosteric-modulation',
      interaction: 'allosterically-modulates',
      layers: ['alt'],
      status: 'proposed',
    });
  });

  it('exports a subset: the chosen edges, their nodes and the compartments around them', () => {
    const file = exportCyjs(rich(), ['sert-clears-5ht']);
    const { pathway } = imported(importCyjs(file.text));
    expect(ids(pathway.nodes)).toEqual(['cell', 'serotonin', 'sert', 'synapse']);
    expect(pathway.layers.map((l) => l.id)).toEqual(['main']);
  });
});

describe('importCyjs', () => {
  it('reads a Cytoscape desktop .cyjs file and reports what it does not import', () => {
    const { pathway, warnings } = imported(importCyjs(formatFixture('desktop.cyjs'), 'galFiltered.cyjs'));
    expect(pathway.title).toBe('Gal network');
    expect(pathway.id).toBe('gal-network');
    expect(idLabels(pathway)).toEqual(['101 GCN3', '102 NAB2', '103 PIG2']);
    expect(triples(pathway)).toEqual(['101 binds 102', '102 binds 103']);
    expect(positions(pathway)['101']).toEqual({ x: -120.5, y: 30 });
    expect(pathway.edges[0]?.claim).toBe('GCN3 binds NAB2 (“pp” in the Cytoscape.js JSON file).');
    // shared_name holds the ORF name, an accession: the readable name stays the label, the ORF a synonym
    expect(pathway.nodes.find((n) => n.id === '101')?.synonyms).toEqual(['YKR026C']);
    expect(warnings).toEqual([
      'network data fields not imported: __Annotations, selected',
      'node data fields not imported: SUID, selected',
      'edge data fields not imported: shared_name, name, SUID, selected',
      'interaction skipped: it points at "999", which is not a node in the file (elements.edges[2])',
    ]);
  });

  it('reads the flat array form, telling edges by group or by source/target', () => {
    const flat = [
      { group: 'nodes', data: { id: 'A', kind: 'gene' }, position: { x: 1, y: 2 } },
      { data: { id: 'B', type: 'simple chemical' } },
      { data: { id: 'P', label: 'Nucleus' } },
      { data: { id: 'C', parent: 'P', class: 'phenotype' } },
      { group: 'edges', data: { source: 'A', target: 'B', interaction: 'inhibits' } },
      { data: { id: 'e2', source: 'B', target: 'C', class: 'necessary stimulation' } },
      { data: { source: 'C', target: 'A' } },
    ];
    const { pathway, warnings } = imported(importCyjs(JSON.stringify(flat)));
    expect(triples(pathway)).toEqual(['a negative-influence b', 'b necessary-stimulation c', 'c unknown-influence a']);
    const kinds = Object.fromEntries(pathway.nodes.map((n) => [n.id, n.kind]));
    expect(kinds).toEqual({ a: 'protein', b: 'small-molecule', p: 'compartment', c: 'phenotype' });
    expect(pathway.nodes.find((n) => n.id === 'c')?.parent).toBe('p');
    // the file's id "A" is the label, so it is not repeated as a synonym
    expect(pathway.nodes.find((n) => n.id === 'a')).toMatchObject({ label: 'A' });
    expect(pathway.nodes.find((n) => n.id === 'a')?.synonyms).toBeUndefined();
    expect(warnings).toEqual(['edge without a relation or interaction type, imported as unknown-influence ([6])']);
  });

  it('reads { elements: [...] } and accepts an already-parsed value', () => {
    const value = {
      elements: [
        { data: { id: 'x' } },
        { data: { id: 'y' } },
        { data: { source: 'x', target: 'y', relation: 'binds' } },
      ],
    };
    expect(triples(imported(importCyjs(JSON.stringify(value))).pathway)).toEqual(['x binds y']);
    expect(triples(imported(importCyjsValue(value)).pathway)).toEqual(['x binds y']);
  });

  it('warns about a non-compartment container, an unknown kind, an unknown status and unknown layers', () => {
    const value = {
      data: { layers: [{ id: 'known', title: 'Known', color: 'red', lineStyle: 'wavy' }] },
      elements: {
        nodes: [
          { data: { id: 'box', kind: 'complex' } },
          { data: { id: 'in', parent: 'box', kind: 'gizmo' } },
          { data: { id: 'out', parent: 'nowhere' }, position: { x: 'left', y: 3 } },
        ],
        edges: [
          { data: { source: 'in', target: 'out', relation: 'activates', status: 'maybe', layers: 'known, other' } },
          { data: { source: 'out', target: 'in', relation: 'activates', layers: [], status: 'inferred' } },
        ],
      },
    };
    const { pathway, warnings } = imported(importCyjsValue(value));
    expect(pathway.nodes.find((n) => n.id === 'in')).toMatchObject({ kind: 'concept' });
    expect(pathway.nodes.every((n) => n.parent === undefined)).toBe(true);
    expect(pathway.layers.map((l) => l.id)).toEqual(['known', 'other', 'imported']);
    expect(pathway.layers[0]).toMatchObject({ title: 'Known', lineStyle: 'solid' });
    expect(pathway.layers[0]?.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(pathway.edges[1]).toMatchObject({ status: 'inferred', layers: ['imported'] });
    expect(pathway.edges[1]?.reason).toMatch(/gives no reason/);
    expect(warnings).toEqual([
      'node type "gizmo" is not known; imported as concept (elements.nodes[1])',
      'position is not {x, y} numbers and was not imported (elements.nodes[2])',
      'status "maybe" is not known; imported as proposed (elements.edges[0])',
      'container "box" is a complex, not a compartment; nesting inside it cannot be shown and was not imported (elements.nodes[1])',
      'container "nowhere" does not exist; the node was imported without it (elements.nodes[2])',
      'layer "known" has colour "red", not #rrggbb; a default colour was used',
      'layer "known" has line style "wavy", which is not known; "solid" was used',
      'layer "other" is not declared in the file; it was created with a generated title and colour (elements.edges[0])',
    ]);
  });

  it('fails clearly on malformed input and never throws', () => {
    // a line and column when the JavaScript engine gives a position (V8 does for most errors)
    expect(failed(importCyjs('{"elements": {"nodes": [}'))[0]).toMatch(
      /^(line 1, column \d+|\(file\)): not valid JSON/,
    );
    expect(failed(importCyjs('{\n  "elements": {\n    "nodes": [1,,2]}}'))[0]).toMatch(
      /^line 3, column 17: not valid JSON/,
    );
    expect(failed(importCyjs('42'))[0]).toMatch(/expected Cytoscape\.js JSON/);
    expect(failed(importCyjs('"text"'))[0]).toMatch(/expected Cytoscape\.js JSON/);
    expect(failed(importCyjs('null'))[0]).toMatch(/expected Cytoscape\.js JSON/);
    expect(failed(importCyjs('{"style": []}'))[0]).toMatch(/expected Cytoscape\.js JSON/);
    expect(failed(importCyjs('{"elements": {"nodes": 3}}'))[0]).toMatch(/expected Cytoscape\.js JSON/);
    expect(failed(importCyjs('[]'))[0]).toMatch(/no nodes/);
    expect(failed(importCyjs(''))[0]).toMatch(/empty/);
    const dangling = failed(importCyjs('[{"data":{"id":"a"}},{"data":{"source":"a","target":"b"}}]'));
    expect(dangling[0]).toMatch(/no usable interactions found \(every interaction was skipped/);
    expect(dangling).toContain(
      '(warning): interaction skipped: it points at "b", which is not a node in the file ([1])',
    );
    expect(failed(importCyjs('[1, "two", null]'))[0]).toMatch(/no nodes/);
    for (const input of [
      ...Array.from({ length: 10 }, (_, i) => junk(i + 7, 300)),
      ...truncations(exportCyjs(rich()).text),
    ]) {
      const result = importCyjs(input);
      if (result.ok) imported(result);
      else expect(result.errors[0]?.message).toBeTruthy();
    }
  });
});

describe('Cytoscape desktop exports (real files, tests/fixtures/formats/SOURCES.md)', () => {
  it('labels nodes with the readable name column, not the internal name (galFiltered.cyjs from Cytoscape 3.7.2, trimmed)', () => {
    const { pathway, warnings } = imported(
      importCyjs(formatFixture('real/cyjshiny-galFiltered-gal4.cyjs'), 'galFiltered.cyjs'),
    );
    // name and shared_name hold the yeast ORF (YPL248C), COMMON the gene symbol (GAL4)
    expect(idLabels(pathway)).toEqual([
      '1637 GAL10',
      '1638 GAL11',
      '1639 MIG1',
      '1640 GAL1',
      '1641 GAL2',
      '1642 GAL4',
      '1643 GAL7',
      '1662 CYC1',
      '1720 ?',
      '1776 GAL80',
      '1836 GCY1',
    ]);
    expect(pathway.nodes.find((n) => n.id === '1642')?.synonyms).toEqual(['YPL248C']);
    // a node whose COMMON is empty keeps its own name and gains no synonym
    expect(pathway.nodes.find((n) => n.id === '1720')?.synonyms).toBeUndefined();
    expect(pathway.edges).toHaveLength(19);
    expect(new Set(pathway.edges.map((e) => e.relation))).toEqual(new Set(['binds']));
    // pp and pd between GAL4 and GAL80 stay two edges, each claim naming its type
    expect(
      pathway.edges
        .filter((e) => e.source === '1642' && e.target === '1776')
        .map((e) => [e.id, e.claim])
        .sort(),
    ).toEqual([
      ['2240', 'GAL4 binds GAL80 (“pd” in the Cytoscape.js JSON file).'],
      ['2241', 'GAL4 binds GAL80 (“pp” in the Cytoscape.js JSON file).'],
    ]);
    const nodeWarning = warnings.find((w) => w.startsWith('node data fields not imported'));
    expect(nodeWarning).toMatch(/gal80Rexp/);
    expect(nodeWarning).not.toMatch(/COMMON|shared_name/);
  });

  it('prefers gene_name / display name over shared name and name, skips accessions, and keeps them as synonyms and xrefs', () => {
    const value = {
      elements: {
        nodes: [
          {
            data: {
              id: '1',
              name: '9606.ENSP00000269305',
              'display name': 'TP53',
              shared_name: '9606.ENSP00000269305',
            },
          },
          { data: { id: '2', name: 'P04637', gene_name: 'TP53' } },
          { data: { id: '3', name: 'ENSG00000141510', 'Gene Name': 'TP53' } },
          { data: { id: '4', name: 'Q00987', shared_name: 'Q00987' } },
          { data: { id: '5', label: 'Explicit', name: 'MDM2' } },
        ],
        edges: [{ data: { source: '1', target: '2', interaction: 'activates' } }],
      },
    };
    const { pathway, warnings } = imported(importCyjsValue(value));
    const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
    expect(byId.get('1')).toMatchObject({ label: 'TP53', synonyms: ['9606.ENSP00000269305'] });
    expect(byId.get('1')?.xrefs).toBeUndefined();
    expect(byId.get('2')).toMatchObject({ label: 'TP53', synonyms: ['P04637'], xrefs: ['uniprot:P04637'] });
    expect(byId.get('3')).toMatchObject({ label: 'TP53', xrefs: ['ensembl:ENSG00000141510'] });
    // only accessions: the first is the label
    expect(byId.get('4')).toMatchObject({ label: 'Q00987', xrefs: ['uniprot:Q00987'] });
    expect(byId.get('5')).toMatchObject({ label: 'Explicit', synonyms: ['MDM2'] });
    expect(warnings).toEqual([]);
  });
});

describe('importCyjs on a pathway file', () => {
  it('says to open it as a pathway file', () => {
    expect(failed(importCyjs(JSON.stringify(mini())))).toEqual([
      '(top level): this is a Pathway Layers file, not Cytoscape.js JSON: open it as a pathway file',
    ]);
  });
});
