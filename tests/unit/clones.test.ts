import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strokeId, toElements } from '../../src/graph/elements';
import { bindEvents } from '../../src/graph/events';
import { presetPositions } from '../../src/graph/layout';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { applyView } from '../../src/graph/sync';
import { anyMarked, cloneId, clonesOf } from '../../src/model/clones';
import { selectForExport } from '../../src/model/formats/selection';
import { layerView } from '../../src/model/layers';
import { buildModel, type Model } from '../../src/model/model';
import { parsePathway } from '../../src/model/validate';
import { readJson } from '../helpers/fixtures';

/**
 * The mini fixture, placed, with two clones: drug a is drawn only beside b (its one edge starts at
 * a clone, so it has no glyph of its own and, drawn once, no clone marker); drug d is drawn at its
 * own place (the critique edge f → d ends there) and again beside c.
 */
function clonedModel(): Model {
  const raw = readJson('tests/fixtures/mini.json') as {
    nodes: { id: string; position?: object }[];
    edges: { id: string; sourceClone?: object }[];
  };
  raw.nodes.forEach((n, i) => {
    if (n.id !== 'a') n.position = { x: i * 100, y: i * 50 };
  });
  raw.edges.find((e) => e.id === 'a-inhibits-b')!.sourceClone = { x: 100, y: -10 };
  raw.edges.find((e) => e.id === 'd-binds-c')!.sourceClone = { x: 200, y: 40 };
  const result = parsePathway(raw);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return buildModel(result.pathway);
}

const A = cloneId('a', { x: 100, y: -10 });
const D = cloneId('d', { x: 200, y: 40 });

describe('clonesOf', () => {
  it('gives each clone position one glyph, and knows which nodes are drawn only as clones', () => {
    const { clones, cloneOfEdge, cloneOnly, clonesOfNode } = clonedModel().clones;
    expect(clones.map((c) => [c.id, c.node, c.edges])).toEqual([
      [A, 'a', ['a-inhibits-b']],
      [D, 'd', ['d-binds-c']],
    ]);
    expect(cloneOfEdge.get('d-binds-c')).toBe(D);
    expect(cloneOfEdge.has('b-activates-c')).toBe(false);
    // d is also the target of f → d, so it keeps its own glyph.
    expect([...cloneOnly]).toEqual(['a']);
    expect(clonesOfNode.get('d')).toHaveLength(1);
  });

  it('shares one glyph between edges of one source with the same clone position', () => {
    const edges = [
      { id: 'x1', source: 'x', target: 'p', sourceClone: { x: 1, y: 2 } },
      { id: 'x2', source: 'x', target: 'q', sourceClone: { x: 1, y: 2 } },
      { id: 'x3', source: 'x', target: 'r', sourceClone: { x: 9, y: 2 } },
    ];
    const { clones, cloneOnly } = clonesOf({ edges });
    expect(clones.map((c) => c.edges)).toEqual([['x1', 'x2'], ['x3']]);
    expect(cloneOnly.has('x')).toBe(true);
  });

  it('knows whether any node is drawn twice (what the legend’s clone entry explains)', () => {
    const once = [{ id: 'x1', source: 'x', target: 'p', sourceClone: { x: 1, y: 2 } }];
    // x is drawn only at its one clone: no marker anywhere.
    expect(anyMarked(clonesOf({ edges: once }))).toBe(false);
    expect(anyMarked(clonesOf({ edges: [...once, { id: 'x2', source: 'x', target: 'q' }] }))).toBe(true);
    expect(anyMarked(clonesOf({ edges: [{ id: 'y', source: 'y', target: 'p' }] }))).toBe(false);
  });
});

describe('drawing clones', () => {
  const model = clonedModel();
  let cy: Core;
  const make = () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(model, presetPositions(model)!),
      style: buildStylesheet(model),
      layout: { name: 'preset' },
    });
    return cy;
  };
  afterEach(() => cy.destroy());
  /** Whether a glyph is drawn (its computed display, read fresh). */
  const shown = (id: string) => cy.$id(id).style('display') !== 'none';

  it('draws a node only as its clones when every edge starts at one, marking a glyph only when the node is drawn twice', () => {
    make();
    expect(cy.$id('a').empty()).toBe(true);
    expect(cy.$id(A).data('entity')).toBe('a');
    expect(cy.$id(A).position()).toEqual({ x: 100, y: -10 });
    expect(cy.$id(A).hasClass('clone')).toBe(false);
    expect(cy.$id('d').nonempty()).toBe(true);
    expect(cy.$id(D).hasClass('clone')).toBe(true);
    expect(cy.$id(D).data('entity')).toBe('d');
    // The stroke starts at the clone.
    expect(cy.$id(strokeId('d-binds-c', 'beta')).source().id()).toBe(D);
    expect(cy.$id(strokeId('a-inhibits-b', 'alpha')).source().id()).toBe(A);
  });

  it('shows a clone with its edges, and a node’s own glyph only for the edges drawn there', () => {
    make();
    applyView(cy, model, layerView(model, ['beta']), null);
    expect(shown(D)).toBe(true);
    // Only the critique edge f → d is drawn at d's own glyph, and critique is off.
    expect(shown('d')).toBe(false);
    expect(shown(A)).toBe(false);

    applyView(cy, model, layerView(model, ['beta', 'critique']), null);
    expect(shown('d')).toBe(true);
    expect(shown(D)).toBe(true);

    applyView(cy, model, layerView(model, ['alpha']), null);
    expect(shown(A)).toBe(true);
    expect(shown(D)).toBe(false);
  });

  it('marks every glyph of a selected node, and a tap on a clone selects the node it draws', () => {
    make();
    applyView(cy, model, layerView(model, ['beta', 'critique']), { kind: 'node', id: 'd' });
    expect(cy.$id('d').hasClass('is-selected')).toBe(true);
    expect(cy.$id(D).hasClass('is-selected')).toBe(true);
    const select = vi.fn();
    const unbind = bindEvents(cy, { select });
    cy.$id(D).emit('tap');
    expect(select).toHaveBeenCalledWith({ kind: 'node', id: 'd' });
    unbind();
  });

  it('shows a selected node at the glyphs its shown edges draw, and at all of them only when none is drawn', () => {
    make();
    // beta draws d only at its clone D: selecting d does not bring back its own glyph.
    applyView(cy, model, layerView(model, ['beta']), { kind: 'node', id: 'd' });
    expect(shown(D)).toBe(true);
    expect(shown('d')).toBe(false);
    // alpha draws no glyph of d: selected, d shows everywhere it is drawn.
    applyView(cy, model, layerView(model, ['alpha']), { kind: 'node', id: 'd' });
    expect(shown(D)).toBe(true);
    expect(shown('d')).toBe(true);
  });

  it('marks as neighbour the clone a selected edge starts at, not the node’s other glyphs', () => {
    make();
    applyView(cy, model, layerView(model, ['beta', 'critique']), { kind: 'edge', id: 'd-binds-c' });
    expect(cy.$id(D).hasClass('is-neighbour')).toBe(true);
    expect(cy.$id('d').hasClass('is-neighbour')).toBe(false);
    expect(cy.$id('c').hasClass('is-neighbour')).toBe(true);
  });
});

describe('exporting clones', () => {
  it('writes a node drawn only as clones once, at its first copy, and says so', () => {
    const { pathway } = clonedModel();
    const all = selectForExport(pathway);
    expect(all.nodes.find((n) => n.id === 'a')?.position).toEqual({ x: 100, y: -10 });
    // A node with a position of its own keeps it.
    expect(all.nodes.find((n) => n.id === 'd')?.position).toEqual(pathway.nodes.find((n) => n.id === 'd')?.position);
    expect(all.notes.join(' ')).toMatch(/Clones are not written: a, d are drawn once/);
    const some = selectForExport(pathway, ['b-activates-c']);
    expect(some.notes.join(' ')).not.toMatch(/Clones/);
  });
});
