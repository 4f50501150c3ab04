/**
 * Compartments (compound nodes) through every file format: each exporter that can carry them writes
 * them so that its importer gives back every `parent` and every compartment's label; SIF, which
 * cannot, says so; hand-written files of each format with compound nodes import with their nesting,
 * and what is imported is drawn as Cytoscape compound nodes.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/graph/elements';
import { importFile } from '../../../src/model/formats/load';
import { FORMATS, type FormatId, formatById } from '../../../src/model/formats/registry';
import { buildModel } from '../../../src/model/model';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { loadFixture } from '../../helpers/fixtures';
import { formatFixture, imported, rich } from './helpers';

const compartments = (): Pathway => loadFixture('formats/compartments');

/** Every node's parent (null at the top level), by id. */
const parents = (p: Pathway) => Object.fromEntries(p.nodes.map((n) => [n.id, n.parent ?? null]));

/** Every compartment's label, by id. */
const compartmentLabels = (p: Pathway) =>
  Object.fromEntries(p.nodes.filter((n) => n.kind === 'compartment').map((n) => [n.id, n.label]));

async function exportAs(id: FormatId, pathway: Pathway, edgeIds?: readonly string[]) {
  const exporter = await formatById(id).export.load();
  return exporter(pathway, { edgeIds });
}

async function roundTrip(id: FormatId, source: Pathway, edgeIds?: readonly string[]) {
  const file = await exportAs(id, source, edgeIds);
  const result = await importFile(file.text, file.fileName, id);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return { file, pathway: result.pathway, warnings: result.warnings };
}

/** The formats that carry compartments: every one but SIF. */
const CARRIERS = FORMATS.map((f) => f.id).filter((id) => id !== 'sif');

describe('compartments survive export → import', () => {
  it('the fixture nests compartments and lists a node before its compartment, a compartment before its own', () => {
    const p = compartments();
    expect(p.nodes[0]).toMatchObject({ id: 'creb', parent: 'nucleus' });
    expect(p.nodes[1]).toMatchObject({ id: 'nucleus', parent: 'postsynaptic' });
    expect(parents(p)).toMatchObject({ nucleus: 'postsynaptic', postsynaptic: null });
  });

  describe.each(CARRIERS)('%s', (id) => {
    it.each([
      ['compartments fixture', compartments],
      ['rich fixture', rich],
    ])('%s: every parent and every compartment label come back', async (_name, load) => {
      const source = load();
      const { pathway, warnings } = await roundTrip(id, source);
      expect(warnings).toEqual([]);
      expect(parents(pathway)).toEqual(parents(source));
      expect(compartmentLabels(pathway)).toEqual(compartmentLabels(source));
      expect(Object.keys(compartmentLabels(pathway)).length).toBeGreaterThan(1);
    });
  });

  // The pathway file always holds the whole model; the others write the chosen edges' part of it.
  it.each(CARRIERS.filter((id) => !formatById(id).export.wholeModel))(
    '%s: a chosen subset keeps the compartments around its nodes, up to the outermost',
    async (id) => {
      const { pathway } = await roundTrip(id, compartments(), ['erk-creb']);
      expect(parents(pathway)).toEqual({
        erk: 'cytoplasm',
        creb: 'nucleus',
        cytoplasm: 'postsynaptic',
        nucleus: 'postsynaptic',
        postsynaptic: null,
      });
    },
  );

  it('GraphML writes each compartment as a node holding a nested graph, edges at the top level', async () => {
    const { text } = await exportAs('graphml', compartments());
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const nodeEl = (nodeId: string) => Array.from(doc.getElementsByTagName('node')).find((n) => n.id === nodeId)!;
    const container = (nodeId: string) => {
      const graph = nodeEl(nodeId).parentElement!;
      return graph.parentElement!.localName === 'node' ? graph.parentElement!.id : null;
    };
    expect(container('creb')).toBe('nucleus');
    expect(container('nucleus')).toBe('postsynaptic');
    expect(container('postsynaptic')).toBeNull();
    expect(container('ssri')).toBeNull();
    expect(nodeEl('nucleus').getAttribute('yfiles.foldertype')).toBe('group');
    expect(nodeEl('creb').hasAttribute('yfiles.foldertype')).toBe(false);
    const top = doc.getElementsByTagName('graph')[0]!;
    for (const edge of Array.from(doc.getElementsByTagName('edge'))) expect(edge.parentElement).toBe(top);
    // one way of saying it: the nesting, not a `parent` key besides
    expect(text).not.toMatch(/key="parent"/);
  });

  it('SBGN-ML writes compartment glyphs, outer before inner, and compartmentRef on what they hold', async () => {
    const { text } = await exportAs('sbgnml', compartments());
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const glyphs = Array.from(doc.querySelectorAll('map > glyph'));
    const order = glyphs.map((g) => g.id);
    expect(order.indexOf('postsynaptic')).toBeLessThan(order.indexOf('nucleus'));
    const boxes = glyphs.filter((g) => g.getAttribute('class') === 'compartment').map((g) => g.id);
    expect(new Set(boxes)).toEqual(new Set(Object.keys(compartmentLabels(compartments()))));
    // every compartment precedes every glyph it could hold, so it is drawn beneath them
    expect(order.slice(0, boxes.length)).toEqual(boxes);
    expect(doc.getElementById('creb')?.getAttribute('compartmentRef')).toBe('nucleus');
    expect(doc.getElementById('nucleus')?.getAttribute('compartmentRef')).toBe('postsynaptic');
  });

  it('SIF cannot carry them, and the export says so: the registry’s loss and how many', async () => {
    const source = compartments();
    const file = await exportAs('sif', source);
    expect(formatById('sif').export.loses.join(' ')).toMatch(/compartments/);
    for (const loss of formatById('sif').export.loses) expect(file.losses).toContain(loss);
    expect(file.losses).toContain(
      '9 compartment node(s) are not written (SIF has only interactions), and the 12 node(s) inside them lose their compartment.',
    );
    const written = new Set(file.text.split(/\s+/));
    for (const box of Object.keys(compartmentLabels(source))) expect(written.has(box)).toBe(false);
    const { pathway } = imported(await importFile(file.text, file.fileName, 'sif'));
    expect(pathway.nodes.some((n) => n.parent !== undefined || n.kind === 'compartment')).toBe(false);
  });
});

/** Hand-written files with compound nodes, one per format. */
const HAND_WRITTEN: readonly (readonly [string, FormatId])[] = [
  ['compound.cyjs', 'cyjs'],
  ['compound.graphml', 'graphml'],
  ['compound.sbgn', 'sbgnml'],
];

async function importHandWritten(name: string) {
  const result = await importFile(formatFixture(name), name);
  return imported(result);
}

describe('hand-written files with compound nodes', () => {
  it.each(HAND_WRITTEN)('%s is detected as %s', async (name, id) => {
    const { detectFormat } = await import('../../../src/model/formats/load');
    expect(detectFormat(name, formatFixture(name))).toBe(id);
  });

  it('Cytoscape.js JSON: data.parent nests; a parent without a kind is a compartment', async () => {
    const { pathway, warnings } = await importHandWritten('compound.cyjs');
    expect(parents(pathway)).toEqual({
      neuron: null,
      membrane: 'neuron',
      nucleus: 'neuron',
      cleft: null,
      bdnf: 'cleft',
      trkb: 'membrane',
      creb: 'nucleus',
    });
    expect(compartmentLabels(pathway)).toEqual({
      neuron: 'Postsynaptic neuron',
      membrane: 'Membrane',
      nucleus: 'Nucleus',
      cleft: 'Synaptic cleft',
    });
    expect(warnings).toEqual([
      'interaction skipped: it starts or ends at the compartment "nucleus"; interactions join the nodes inside a compartment, not the compartment itself ([9])',
    ]);
    expect(pathway.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['bdnf>trkb', 'trkb>creb']);
  });

  it('GraphML: a node holding a nested graph is a compartment, nested two deep', async () => {
    const { pathway, warnings } = await importHandWritten('compound.graphml');
    expect(parents(pathway)).toEqual({
      cleft: null,
      bdnf: 'cleft',
      neuron: null,
      membrane: 'neuron',
      trkb: 'membrane',
      nucleus: 'neuron',
      creb: 'nucleus',
    });
    expect(compartmentLabels(pathway)).toEqual({
      cleft: 'Synaptic cleft',
      neuron: 'Postsynaptic neuron',
      membrane: 'Membrane',
      nucleus: 'Nucleus',
    });
    // the edge declared inside the neuron's graph is read like the top-level ones
    expect(pathway.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['bdnf>trkb', 'trkb>creb']);
    expect(warnings).toEqual([
      'interaction skipped: it starts or ends at the compartment "nucleus"; interactions join the nodes inside a compartment, not the compartment itself (edge "e3")',
    ]);
  });

  it('SBGN-ML: compartment glyphs and compartmentRef, a compartment inside another', async () => {
    const { pathway, warnings } = await importHandWritten('compound.sbgn');
    expect(warnings).toEqual([]);
    expect(parents(pathway)).toEqual({
      neuron: null,
      nucleus: 'neuron',
      cleft: null,
      bdnf: 'cleft',
      trkb: 'neuron',
      creb: 'nucleus',
    });
    expect(compartmentLabels(pathway)).toEqual({
      neuron: 'Postsynaptic neuron',
      nucleus: 'Nucleus',
      cleft: 'Synaptic cleft',
    });
  });

  it('compartments that contain each other in a loop: the loop is cut, with a warning, and the file still opens', async () => {
    const file = JSON.stringify([
      { data: { id: 'outer', kind: 'compartment', parent: 'inner' } },
      { data: { id: 'inner', kind: 'compartment', parent: 'outer' } },
      { data: { id: 'a', parent: 'inner' } },
      { data: { id: 'b' } },
      { data: { id: 'e', source: 'a', target: 'b', interaction: 'activates' } },
    ]);
    const { pathway, warnings } = imported(await importFile(file, 'loop.cyjs'));
    expect(warnings).toEqual(['compartments contain each other in a loop; "inner" was taken out of "outer"']);
    expect(parents(pathway)).toEqual({ outer: 'inner', inner: null, a: 'inner', b: null });
  });

  it('Pathway Layers JSON: the compartments fixture is valid as written', () => {
    const result = parsePathway(JSON.parse(formatFixture('compartments.json')));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(compartmentLabels(result.pathway)).toMatchObject({ nucleus: 'Nucleus', behaviour: 'Behaviour' });
  });
});

describe('imported compartments are drawn as compound nodes', () => {
  it.each([...HAND_WRITTEN.map(([name]) => name), 'compartments.json'])('%s', async (name) => {
    const result = await importFile(formatFixture(name), name);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const pathway = result.pathway;
    const cy = cytoscape({ headless: true, elements: toElements(buildModel(pathway), new Map()) });
    try {
      const contained = pathway.nodes.filter((n) => n.parent !== undefined);
      expect(contained.length).toBeGreaterThan(2);
      for (const n of contained)
        expect(
          cy
            .$id(n.id)
            .parent()
            .map((p) => p.id()),
        ).toEqual([n.parent]);
      for (const box of new Set(contained.map((n) => n.parent!))) expect(cy.$id(box).isParent()).toBe(true);
      expect(cy.nodes(':parent').length).toBe(new Set(contained.map((n) => n.parent)).size);
    } finally {
      cy.destroy();
    }
  });
});
