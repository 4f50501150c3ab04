import { describe, expect, it } from 'vitest';
import { importSbgnml } from '../../../src/model/formats/sbgnml/read';
import { exportSbgnml } from '../../../src/model/formats/sbgnml/write';
import {
  failed,
  formatFixture,
  idLabels,
  ids,
  imported,
  junk,
  mini,
  placed,
  positions,
  rich,
  triples,
  truncations,
} from './helpers';

const kinds = (p: { nodes: readonly { id: string; kind: string }[] }) =>
  Object.fromEntries(p.nodes.map((n) => [n.id, n.kind]));

describe('SBGN-ML round trip', () => {
  it('mini: keeps ids, labels, kinds, edges (binds restored from its note) and reports the losses', () => {
    const source = mini();
    const file = exportSbgnml(source);
    expect(file.fileName).toBe('mini.sbgn');
    const { pathway, warnings } = imported(importSbgnml(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(idLabels(pathway)).toEqual(idLabels(source));
    expect(triples(pathway)).toEqual(triples(source));
    expect(ids(pathway.edges)).toEqual(ids(source.edges));
    expect(kinds(pathway)).toEqual(kinds(source));
    // what SBGN-ML cannot carry: layers, status, claims, descriptions, synonyms, xrefs
    expect(pathway.layers.map((l) => l.id)).toEqual(['imported']);
    expect(pathway.nodes.find((n) => n.id === 'a')).toMatchObject({ description: 'Imported from SBGN-ML.' });
    expect(pathway.nodes.find((n) => n.id === 'a')?.xrefs).toBeUndefined();
    const losses = file.losses.join('\n');
    expect(losses).toMatch(/no layers, status, claims, reasons or citations/);
    expect(losses).toMatch(/1 binds\/allosteric-modulation edge\(s\) have no Activity Flow arc class/);
    // mini has no positions: SBGN-ML needs boxes, so they are invented on a grid, and that is said
    expect(losses).toMatch(/6 node\(s\) had no preset position and were placed on a grid/);
    expect(Object.keys(positions(pathway))).toHaveLength(6);
  });

  it('mini with positions: positions come back as box centres', () => {
    const source = placed(mini());
    const file = exportSbgnml(source);
    const { pathway } = imported(importSbgnml(file.text));
    expect(positions(pathway)).toEqual(positions(source));
    expect(file.losses.join(' ')).not.toMatch(/grid/);
  });

  it('rich: every kind and relation, nested compartments, escaping', () => {
    const source = rich();
    const file = exportSbgnml(source);
    const { pathway, warnings } = imported(importSbgnml(file.text));
    expect(warnings).toEqual([]);
    expect(idLabels(pathway)).toEqual(idLabels(source));
    expect(triples(pathway)).toEqual(triples(source));
    expect(kinds(pathway)).toEqual(kinds(source));
    const parents = (p: typeof source) => Object.fromEntries(p.nodes.map((n) => [n.id, n.parent ?? null]));
    expect(parents(pathway)).toEqual(parents(source));
    // leaf positions are kept; compartment boxes are drawn around their content
    const leafPositions = (p: typeof source) =>
      Object.fromEntries(Object.entries(positions(p)).filter(([id]) => id !== 'cell' && id !== 'synapse'));
    const { idea: _idea, ...placedLeaves } = leafPositions(pathway);
    expect(placedLeaves).toEqual(leafPositions(source));
    const losses = file.losses.join('\n');
    expect(losses).toMatch(/2 binds\/allosteric-modulation edge\(s\)/);
    expect(losses).toMatch(/3 node\(s\) of a kind without an Activity Flow glyph/);
    expect(losses).toMatch(/1 node\(s\) had no preset position/);
  });

  it('writes an Activity Flow map other tools can read: AF classes, units of information, notes', () => {
    const { text } = exportSbgnml(rich());
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe('http://sbgn.org/libsbgn/0.3');
    expect(doc.querySelector('map')?.getAttribute('language')).toBe('activity flow');
    const arcClasses = new Set(Array.from(doc.getElementsByTagName('arc')).map((a) => a.getAttribute('class')));
    expect(arcClasses).toEqual(
      new Set(['positive influence', 'negative influence', 'unknown influence', 'necessary stimulation']),
    );
    expect(text).toContain('<glyph id="ssri" class="perturbation">');
    expect(text).toContain('<label text="SSRI &lt;fluoxetine&gt; &amp; co"/>');
    expect(text).toContain('<entity name="simple chemical"/>');
    expect(text).toContain('<glyph id="sert" class="biological activity" compartmentRef="synapse">');
    expect(text).toMatch(
      /<arc id="ssri-binds-trkb" class="unknown influence"[^>]*>\s*<notes>.*Pathway Layers relation: binds/,
    );
    // every arc has the start and end SBGN-ML requires, every glyph a box
    for (const arc of Array.from(doc.getElementsByTagName('arc'))) {
      expect(arc.getElementsByTagName('start')).toHaveLength(1);
      expect(arc.getElementsByTagName('end')).toHaveLength(1);
    }
    for (const glyph of Array.from(doc.getElementsByTagName('glyph')))
      expect(Array.from(glyph.children).some((c) => c.localName === 'bbox')).toBe(true);
  });

  it('exports a subset with the compartments around it', () => {
    const { pathway } = imported(importSbgnml(exportSbgnml(rich(), ['sert-clears-5ht']).text));
    expect(ids(pathway.nodes)).toEqual(['cell', 'serotonin', 'sert', 'synapse']);
  });
});

describe('importSbgnml', () => {
  it('reads an AF map: units of information, compartments, positions; reports logic, tags, PD arcs', () => {
    const { pathway, warnings } = imported(importSbgnml(formatFixture('af-logic.sbgn'), 'af-logic.sbgn'));
    expect(kinds(pathway)).toEqual({
      cyto: 'compartment',
      ligand: 'small-molecule',
      rec: 'protein',
      gene: 'protein',
      ket: 'drug',
      plain: 'protein',
      pheno: 'phenotype',
      sub: 'concept',
    });
    expect(idLabels(pathway)).toContain('rec NMDA receptor');
    expect(pathway.nodes.find((n) => n.id === 'ligand')).toMatchObject({ parent: 'cyto', position: { x: 60, y: 60 } });
    expect(triples(pathway)).toEqual([
      'gene positive-influence pheno',
      'ket negative-influence rec',
      'ligand positive-influence rec',
      'plain unknown-influence pheno',
      'sub unknown-influence pheno',
    ]);
    expect(warnings).toEqual([
      'submap imported as a concept node; its content is not imported (glyph "sub")',
      'logic operator "and" not imported: the influences through it are lost (glyph "and1")',
      'glyph class "tag" is not an Activity Flow node; not imported (glyph "tag1")',
      'logic arc not imported (arc "a3")',
      '"necessary stimulation" arc through the logic operator "and" not imported (arc "a4")',
      'arc class "stimulation" is not Activity Flow; read as positive-influence (arc "a5")',
      'equivalence arc not imported (arc "a7")',
      'unknown arc class "wobbly", imported as unknown-influence (arc "a8")',
      'interaction skipped: it points at "ghost", which is not a node in the file (arc "a9")',
    ]);
  });

  it('refuses an Entity Relationship map, a wrong root, a missing map and malformed XML, and never throws', () => {
    const er = '<sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map language="entity relationship"/></sbgn>';
    expect(failed(importSbgnml(er))).toEqual([
      'sbgn.map: this is an SBGN Entity Relationship map (language="entity relationship"); only Activity Flow and Process Description maps can be imported',
    ]);
    expect(failed(importSbgnml('<graphml/>'))).toEqual(['(root): expected an <sbgn> root element, found <graphml>']);
    expect(failed(importSbgnml('<sbgn/>'))).toEqual(['sbgn: the file has no <map> element']);
    expect(failed(importSbgnml('<sbgn><map language="activity flow"><glyph'))[0]).toMatch(
      /not well-formed XML, so not a SBGN-ML file/,
    );
    expect(failed(importSbgnml(''))[0]).toMatch(/empty/);
    expect(failed(importSbgnml('\u0000junk'))[0]).toMatch(/binary/);
    for (const input of [
      ...Array.from({ length: 10 }, (_, i) => junk(i + 11, 300)),
      ...truncations(exportSbgnml(rich()).text),
    ]) {
      const result = importSbgnml(input);
      if (result.ok) imported(result);
      else expect(result.errors[0]?.message).toBeTruthy();
    }
  });

  it('puts glyphs in the compartment drawn around them only when the map names no compartment at all', () => {
    const map = (ref: string) => `<sbgn xmlns="http://sbgn.org/libsbgn/0.3"><map language="activity flow">
      <glyph class="compartment" id="cell"><label text="cell"/><bbox x="0" y="0" w="500" h="500"/></glyph>
      <glyph class="compartment" id="nucleus"><label text="nucleus"/><bbox x="200" y="200" w="200" h="200"/></glyph>
      <glyph class="macromolecule" id="a"${ref}><label text="A"/><bbox x="20" y="20" w="60" h="30"/></glyph>
      <glyph class="macromolecule" id="b"><label text="B"/><bbox x="250" y="250" w="60" h="30"/></glyph>
      <glyph class="macromolecule" id="c"><label text="C"/><bbox x="600" y="600" w="60" h="30"/></glyph>
      <arc class="positive influence" id="e1" source="a" target="b"/>
    </map></sbgn>`;
    const parent = (p: { nodes: readonly { id: string; parent?: string | undefined }[] }) =>
      Object.fromEntries(p.nodes.map((n) => [n.id, n.parent ?? '']));
    const drawn = imported(importSbgnml(map('')));
    // The smallest box around each: B in the nucleus, the nucleus in the cell; C is drawn outside.
    expect(parent(drawn.pathway)).toEqual({ cell: '', nucleus: 'cell', a: 'cell', b: 'nucleus', c: '' });
    expect(drawn.warnings).toContain(
      'the map names no compartment for any glyph (compartmentRef): 3 were put in the compartment drawn around them',
    );
    // A map that names any compartment is taken at its word.
    const named = imported(importSbgnml(map(' compartmentRef="nucleus"')));
    expect(parent(named.pathway)).toEqual({ cell: '', nucleus: '', a: 'nucleus', b: '', c: '' });
  });

  it('reads a map without a language as Activity Flow, with a warning, and only the first map', () => {
    const text = `<sbgn xmlns="http://sbgn.org/libsbgn/0.3">
      <map id="m1"><glyph id="x" class="phenotype"><label text="X"/></glyph>
        <arc id="r" class="positive influence" source="x" target="x"/></map>
      <map id="m2" language="activity flow"/></sbgn>`;
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(pathway.id).toBe('m1');
    expect(triples(pathway)).toEqual(['x positive-influence x']);
    expect(warnings).toEqual([
      'the map does not name its language; read as Activity Flow',
      'map 2 ("m2") not imported: only the first map is read',
    ]);
  });
});
