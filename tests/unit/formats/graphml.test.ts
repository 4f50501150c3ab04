import { describe, expect, it } from 'vitest';
import { importGraphml } from '../../../src/model/formats/graphml/read';
import { exportGraphml } from '../../../src/model/formats/graphml/write';
import type { Pathway } from '../../../src/model/types';
import {
  failed,
  formatFixture,
  idLabels,
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

/**
 * Everything our GraphML carries: the pathway minus citations. Nodes come back grouped by compartment
 * (each compartment's nested graph holds its nodes), so they are compared in id order.
 */
function carried(p: Pathway) {
  return {
    id: p.id,
    title: p.title,
    layers: p.layers.map((l) => ({ ...l, references: [] })),
    nodes: [...p.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: p.edges.map(({ evidence: _e, uncited: _u, ...e }) => e),
  };
}

describe('GraphML round trip', () => {
  it.each([
    ['mini', mini],
    ['mini with positions', () => placed(mini())],
    ['rich (escaping, compartments, every kind and relation)', rich],
  ])('%s: export → import keeps everything but citations', (_name, load) => {
    const source = load();
    const file = exportGraphml(source);
    expect(file.fileName).toBe(`${source.id}.graphml`);
    const { pathway, warnings } = imported(importGraphml(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(idLabels(pathway)).toEqual(idLabels(source));
    expect(triples(pathway)).toEqual(triples(source));
    expect(membership(pathway)).toEqual(membership(source));
    expect(positions(pathway)).toEqual(positions(source));
    expect(carried(pathway)).toEqual(carried(source));
    expect(file.losses.join(' ')).toMatch(/Citations are not written/);
  });

  it('declares the keys and writes well-formed, escaped XML', () => {
    const { text } = exportGraphml(rich());
    for (const name of ['label', 'kind', 'relation', 'layers', 'status', 'claim', 'x', 'y'])
      expect(text).toMatch(
        new RegExp(`<key id="${name}" for="(node|edge)" attr.name="${name}" attr.type="(string|double)"/>`),
      );
    expect(text).toContain('<data key="label">SSRI &lt;fluoxetine&gt; &amp; co</data>');
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
  });

  it('reports a synonym containing the list separator as a loss', () => {
    const source = mini();
    const piped: Pathway = {
      ...source,
      nodes: source.nodes.map((n) => (n.id === 'a' ? { ...n, synonyms: ['x|y'] } : n)),
    };
    const file = exportGraphml(piped);
    expect(file.losses.some((l) => l.includes('"|"'))).toBe(true);
    expect(imported(importGraphml(file.text)).pathway.nodes[0]?.synonyms).toEqual(['x', 'y']);
  });
});

describe('importGraphml', () => {
  it('reads a yEd file: labels and centres from node graphics, groups as compartments, and reports the rest', () => {
    const { pathway, warnings } = imported(importGraphml(formatFixture('yed.graphml'), 'yed.graphml'));
    expect(pathway.id).toBe('yed');
    expect(idLabels(pathway)).toEqual(['n0 BDNF', 'n1 TrkB', 'n2 Nucleus', 'n2-n0 CREB']);
    const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
    expect(byId.get('n0')).toMatchObject({
      kind: 'protein',
      description: 'Brain-derived neurotrophic factor',
      position: { x: 50, y: 35 },
    });
    expect(byId.get('n2')).toMatchObject({ kind: 'compartment', position: { x: 150, y: 200 } });
    expect(byId.get('n2-n0')).toMatchObject({ kind: 'protein', parent: 'n2', synonyms: ['n2::n0'] });
    expect(triples(pathway)).toEqual(['n0 binds n1', 'n1 positive-influence n2-n0', 'n2-n0 unknown-influence n0']);
    expect(warnings).toEqual([
      'graph 2 ("second") not imported: only the first graph is read',
      'undirected edge imported as directed from source to target (edge "n2::e0", edge "e0", edge "e1")',
      'edge data "weight" not imported (edge "e0")',
      'edge ports not imported (edge "e1")',
      'edge without a relation, imported as unknown-influence (edge "e1")',
      'hyperedge (an edge joining more than two nodes) not imported (graph "G")',
    ]);
  });

  it('reads Cytoscape desktop style keys (name, interaction) by attr.name whatever the key ids', () => {
    const text = `<?xml version="1.0"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="k0" for="node" attr.name="name" attr.type="string"/>
        <key id="k1" for="edge" attr.name="interaction" attr.type="string"/>
        <key id="k2" for="graph" attr.name="name" attr.type="string"/>
        <key id="k3" for="all" attr.name="status" attr.type="string"/>
        <graph id="net" edgedefault="directed">
          <data key="k2">My &amp; network</data>
          <node id="1"><data key="k0">MAPK1</data></node>
          <node id="2"><data key="k0">ELK1</data></node>
          <edge source="1" target="2"><data key="k1">controls-phosphorylation-of</data><data key="k3">disputed</data></edge>
          <edge source="2" target="1"><data key="k1">tickles</data><data key="zz">1</data></edge>
          <edge source="2" target="3"><data key="k1">pp</data></edge>
          <edge target="2"/>
        </graph>
      </graphml>`;
    const { pathway, warnings } = imported(importGraphml(text));
    expect(pathway.title).toBe('My & network');
    expect(pathway.id).toBe('net');
    expect(idLabels(pathway)).toEqual(['1 MAPK1', '2 ELK1']);
    expect(triples(pathway)).toEqual(['1 unknown-influence 2', '2 unknown-influence 1']);
    expect(pathway.edges[0]?.status).toBe('disputed');
    expect(warnings).toEqual([
      'data with undeclared key "zz" on edges not imported (edge 2)',
      'unknown interaction type "tickles", imported as unknown-influence (edge 2)',
      'edge without source or target skipped (edge 4)',
      'interaction skipped: it points at "3", which is not a node in the file (edge 3)',
    ]);
  });

  it('fails clearly on malformed XML, a wrong root, no graph and junk, and never throws', () => {
    const truncated = failed(
      importGraphml('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="a">'),
    );
    expect(truncated[0]).toMatch(/^(line \d+, column \d+|\(file\)): not well-formed XML, so not a GraphML file/);
    expect(failed(importGraphml('<sbgn><map/></sbgn>'))).toEqual([
      '(root): expected a <graphml> root element, found <sbgn>',
    ]);
    expect(failed(importGraphml('<graphml/>'))).toEqual(['graphml: the file has no <graph> element']);
    expect(failed(importGraphml('<graphml><graph/></graphml>'))[0]).toMatch(/no nodes/);
    expect(failed(importGraphml(''))[0]).toMatch(/empty/);
    expect(failed(importGraphml('\u0000\u0001\u0002\u0003'))[0]).toMatch(/binary/);
    expect(failed(importGraphml('{"elements": []}'))[0]).toMatch(/not well-formed XML/);
    const bad = failed(importGraphml('<graphml><graph><node id="a"/><edge source="a" target="b"/></graph></graphml>'));
    expect(bad).toContain('(warning): interaction skipped: it points at "b", which is not a node in the file (edge 1)');
    for (const input of [
      ...Array.from({ length: 10 }, (_, i) => junk(i + 3, 400)),
      ...truncations(exportGraphml(rich()).text),
      '<graphml><key id="d" for="graph" attr.name="layerDefinitions"/><graph><data key="d">[not json</data><node id="a"/><edge source="a" target="a"/></graph></graphml>',
    ]) {
      const result = importGraphml(input);
      if (result.ok) imported(result);
      else expect(result.errors[0]?.message).toBeTruthy();
    }
  });

  it('warns about layer definitions that are not valid JSON', () => {
    const text =
      '<graphml><key id="d" for="graph" attr.name="layerDefinitions"/><graph><data key="d">[not json</data><node id="a"/><edge source="a" target="a"><data key="x">1</data></edge></graph></graphml>';
    const { pathway, warnings } = imported(importGraphml(text));
    expect(pathway.layers.map((l) => l.id)).toEqual(['imported']);
    expect(warnings).toContain('layerDefinitions is not valid JSON and was not imported');
  });
});
