/**
 * GraphML written by other tools: real files (sources and licences in tests/fixtures/formats/SOURCES.md)
 * and the variants they show, written small.
 */
import { describe, expect, it } from 'vitest';
import { importGraphml } from '../../../src/model/formats/graphml/read';
import { formatFixture, idLabels, imported, positions, triples } from './helpers';

const parents = (p: { nodes: readonly { id: string; parent?: string | undefined }[] }) =>
  Object.fromEntries(p.nodes.filter((n) => n.parent !== undefined).map((n) => [n.id, n.parent]));

describe('GraphML from yFiles for HTML / yEd Live', () => {
  it('reads node and edge labels from <y:Label Text> and <y:Label.Text>, positions from <y:RectD> (model-with-subgraphs-yed-live.graphml)', () => {
    const file = formatFixture('real/akaene-model-with-subgraphs-yed-live.graphml');
    const { pathway, warnings } = imported(importGraphml(file, 'model-with-subgraphs-yed-live.graphml'));
    expect(idLabels(pathway)).toEqual([
      'n0 AIDA System',
      'n0-n0 Remote Control',
      'n0-n1 Drone',
      'n0-n1-n0 Propulsion System',
      'n0-n1-n1 Payload',
      // written as <y:Label.Text><![CDATA[…]]></y:Label.Text>
      'n0-n1-n2 Flight Control & Monitoring System',
    ]);
    const kinds = Object.fromEntries(pathway.nodes.map((n) => [n.id, n.kind]));
    // groups with content are compartments; "Propulsion System" holds an empty nested graph and stays a node
    expect(kinds).toMatchObject({ n0: 'compartment', 'n0-n1': 'compartment', 'n0-n1-n0': 'concept' });
    expect(parents(pathway)).toEqual({
      'n0-n0': 'n0',
      'n0-n1': 'n0',
      'n0-n1-n0': 'n0-n1',
      'n0-n1-n1': 'n0-n1',
      'n0-n1-n2': 'n0-n1',
    });
    // centre of <y:RectD X="780.75" Y="892" Width="284.5" Height="60"/>
    expect(positions(pathway)['n0-n0']).toEqual({ x: 923, y: 922 });
    expect(triples(pathway)).toEqual([
      'n0-n0 unknown-influence n0-n1-n2',
      'n0-n1-n2 unknown-influence n0-n1-n0',
      'n0-n1-n2 unknown-influence n0-n1-n1',
    ]);
    // an edge label we cannot read as a relation is kept in the claim
    expect(pathway.edges.find((e) => e.id === 'n0-n1-e0')?.claim).toBe(
      'Flight Control & Monitoring System influences Propulsion System (“Power up/down” in the GraphML file, a type not known here); the sign of the effect is not given.',
    );
    expect(warnings).toContain(
      'unknown interaction type "Power up/down", imported as unknown-influence (edge "n0::n1::e0")',
    );
    expect(warnings.filter((w) => /NodeLabels|EdgeLabels|NodeGeometry/.test(w))).toEqual([]);
  });

  it('takes the first non-empty yEd label, and a label key before any graphics', () => {
    const text = `<?xml version="1.0"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key for="node" id="d6" yfiles.type="nodegraphics"/>
        <key for="node" id="d1" attr.name="label" attr.type="string"/>
        <key for="edge" id="d10" yfiles.type="edgegraphics"/>
        <graph id="G" edgedefault="directed">
          <node id="n0"><data key="d6"><y:SVGNode>
            <y:NodeLabel hasText="false" visible="true"/>
            <y:NodeLabel>BDNF<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
          </y:SVGNode></data></node>
          <node id="n1"><data key="d1">TrkB receptor</data><data key="d6"><y:ShapeNode><y:NodeLabel>TrkB</y:NodeLabel></y:ShapeNode></data></node>
          <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel/><y:EdgeLabel>activates</y:EdgeLabel></y:PolyLineEdge></data></edge>
        </graph>
      </graphml>`;
    const { pathway, warnings } = imported(importGraphml(text));
    expect(idLabels(pathway)).toEqual(['n0 BDNF', 'n1 TrkB receptor']);
    expect(pathway.nodes.find((n) => n.id === 'n1')?.synonyms).toEqual(['TrkB']);
    expect(triples(pathway)).toEqual(['n0 positive-influence n1']);
    expect(warnings).toEqual([]);
  });
});

describe('GraphML with undeclared keys (cytoscape.js-graphml, as the IntAct network viewer downloads)', () => {
  it('reads <data key="label">, x, y without <key> declarations and names the keys in a warning (cytoscape.js-hyse bom.graphml)', () => {
    const { pathway, warnings } = imported(importGraphml(formatFixture('real/hyse-bom.graphml'), 'bom.graphml'));
    expect(pathway.nodes).toHaveLength(28);
    expect(pathway.edges).toHaveLength(28);
    expect(idLabels(pathway)).toEqual(expect.arrayContaining(['n0 p1', 'michael Michael', 'p-60 Emily', 'p-689 l3']));
    // compound parents (empty label) keep their ids and hold their nodes
    expect(pathway.nodes.find((n) => n.id === 'p-932')).toMatchObject({ label: 'p-932', kind: 'compartment' });
    expect(pathway.nodes.find((n) => n.id === 'michael')?.parent).toBe('p-932');
    expect(positions(pathway).n0).toEqual({ x: 160, y: 0 });
    expect(warnings).toContain('node data keys never declared with <key> were read by their names: "label", "x", "y"');
    expect(warnings.find((w) => w.startsWith('data with undeclared key "level" on nodes not imported'))).toBeDefined();
  });

  it('reads undeclared label keys for nodes and edges, IntAct style, and keeps warning about the rest', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <graph>
          <node id="EBI-2505934"><data type="data" key="label">FBN1 (P35555)</data><data type="data" key="interactor_type">protein</data></node>
          <node id="EBI-11178559"><data type="data" key="shared name">LTBP4</data></node>
          <edge id="e1" source="EBI-2505934" target="EBI-11178559"><data key="interaction">physical association</data></edge>
          <edge id="e2" source="EBI-11178559" target="EBI-2505934"><data key="interaction">colocalization</data></edge>
        </graph>
      </graphml>`;
    const { pathway, warnings } = imported(importGraphml(text));
    expect(idLabels(pathway)).toEqual(['ebi-11178559 LTBP4', 'ebi-2505934 FBN1 (P35555)']);
    // PSI-MI's "physical association" is a binding; the claim keeps the type
    // and "colocalization" an association without direction: no causality claimed, and a warning
    expect(triples(pathway)).toEqual(['ebi-11178559 unknown-influence ebi-2505934', 'ebi-2505934 binds ebi-11178559']);
    expect(pathway.edges.map((e) => e.claim)).toEqual([
      'FBN1 (P35555) binds LTBP4 (“physical association” in the GraphML file).',
      "LTBP4 and FBN1 (P35555) are associated (“colocalization” in the GraphML file); the file gives neither direction nor sign, so the arrow from LTBP4 to FBN1 (P35555) only follows the file's order.",
    ]);
    expect(warnings).toEqual([
      'data with undeclared key "interactor_type" on nodes not imported (node "EBI-2505934")',
      `interaction type "colocalization" has neither direction nor sign; imported as unknown-influence in the file's order, and the claim names the type (edge "e2")`,
      'node data keys never declared with <key> were read by their names: "label", "shared name"',
      'edge data keys never declared with <key> were read by their names: "interaction"',
    ]);
  });
});

describe('GraphML from Cytoscape desktop', () => {
  it('reads a Cytoscape 3.x export whose edge columns are declared for="node" (GRNsight 4-gene_4-edge_Manual-Cytoscape_test-naming.graphml)', () => {
    const file = formatFixture('real/grnsight-4-gene_4-edge_Manual-Cytoscape_test-naming.graphml');
    const { pathway, warnings } = imported(importGraphml(file, 'test-naming.graphml'));
    // The curator typed a different value in each column, to see which one names the node.
    expect(idLabels(pathway)).toEqual([
      '116 Gene1_sharedname',
      '118 Gene2_sharedname',
      '120 Gene3_sharedname',
      '122 Gene4_sharedname',
    ]);
    expect(pathway.nodes.find((n) => n.id === '122')).toMatchObject({ synonyms: ['Gene4_name'] });
    // Four edges, one a self-loop; their "interaction" column is read although declared for nodes.
    expect(triples(pathway).sort()).toEqual([
      '116 unknown-influence 118',
      '118 unknown-influence 120',
      '120 unknown-influence 122',
      '122 unknown-influence 122',
    ]);
    expect(warnings).toContain(
      'edge data keys declared only for other elements (as Cytoscape 3.5 and earlier write them) were read by their names: "interaction"',
    );
    expect(warnings.some((w) => w.includes('unknown interaction type "interacts with_interaction"'))).toBe(true);
    // Named by the column, not as an undeclared key.
    expect(warnings.filter((w) => w.includes('undeclared key'))).toEqual([]);
    expect(warnings.some((w) => w.startsWith('edge data "shared name" not imported'))).toBe(true);
  });

  it('prefers gene_name / display name, then shared name, then name, skipping accessions', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="name" for="node" attr.name="name" attr.type="string"/>
        <key id="shared name" for="node" attr.name="shared name" attr.type="string"/>
        <key id="gene_name" for="node" attr.name="gene_name" attr.type="string"/>
        <key id="interaction" for="edge" attr.name="interaction" attr.type="string"/>
        <graph id="G" edgedefault="directed">
          <node id="1"><data key="name">P04637</data><data key="shared name">P04637</data><data key="gene_name">TP53</data></node>
          <node id="2"><data key="name">GCN3</data><data key="shared name">YKR026C</data></node>
          <node id="3"><data key="name">MDM2</data></node>
          <edge source="3" target="1"><data key="interaction">-1</data></edge>
          <edge source="2" target="3"><data key="interaction">pp</data></edge>
        </graph>
      </graphml>`;
    const { pathway, warnings } = imported(importGraphml(text));
    expect(idLabels(pathway)).toEqual(['1 TP53', '2 GCN3', '3 MDM2']);
    expect(pathway.nodes[0]).toMatchObject({ synonyms: ['P04637'], xrefs: ['uniprot:P04637'] });
    expect(pathway.nodes[1]).toMatchObject({ synonyms: ['YKR026C'] });
    expect(triples(pathway)).toEqual(['2 binds 3', '3 negative-influence 1']);
    expect(warnings).toEqual([]);
  });
});
