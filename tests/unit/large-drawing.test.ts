import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { toElements } from '../../src/graph/elements';
import { positionsFor, presetPositions } from '../../src/graph/layout';
import { FAR_ZOOM, followZoom, startFar } from '../../src/graph/levelOfDetail';
import { buildStylesheet, isLargeDrawing } from '../../src/graph/stylesheet';
import { importSif } from '../../src/model/formats/sif';
import { boundsOf } from '../../src/model/layout/aspect';
import { buildModel, type Model } from '../../src/model/model';
import { appStore, resetAppStore } from '../../src/store/store';
import { cancelWork } from '../../src/store/work';
import type { Work } from '../../src/store/types';
import { fixtureModel } from '../helpers/fixtures';

function sifModel(lines: string[]): Model {
  const result = importSif(lines.join('\n'), 'test.sif');
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return buildModel(result.pathway);
}

/** `n` targets of `hubs` regulators (every node linked): a network too large to draw layered. */
const network = (n: number, hubs: number) =>
  sifModel(Array.from({ length: n - hubs }, (_, i) => `hub${i % hubs}\tactivates\tgene${i}`));

const aspectOf = (positions: Iterable<{ x: number; y: number }>) => {
  const b = boundsOf(positions)!;
  return Math.max(b.maxX - b.minX, 60) / Math.max(b.maxY - b.minY, 60);
};

afterEach(() => resetAppStore());

describe('positions by size', () => {
  it('a layered drawing 40 pairs wide is stretched to no more than 4 times wider than tall', async () => {
    const model = sifModel(Array.from({ length: 40 }, (_, i) => `a${i}\tactivates\tb${i}`));
    const positions = await positionsFor(model);
    expect(positions.size).toBe(80);
    expect(aspectOf(positions.values())).toBeLessThanOrEqual(4);
    expect(aspectOf(positions.values())).toBeGreaterThan(3.9);
    // Still layered: every source above its target.
    for (let i = 0; i < 40; i++) expect(positions.get(`a${i}`)!.y).toBeLessThan(positions.get(`b${i}`)!.y);
  });

  it('a large pathway is laid out force-directed once, with a progress bar while it runs', async () => {
    const model = network(400, 10);
    expect(presetPositions(model)).toBeNull();
    const seen: Work[] = [];
    const unsubscribe = appStore.subscribe((s) => void (s.work && seen.push(s.work)));
    // Two canvases asking at once (the grid's miniatures) share one layout.
    const [a, b] = await Promise.all([positionsFor(model), positionsFor(model)]);
    unsubscribe();
    expect(a).toBe(b);
    expect(a.size).toBe(400);
    expect(aspectOf(a.values())).toBeLessThanOrEqual(4);
    expect(seen[0]).toMatchObject({ what: `Laying out ${model.pathway.title}`, stage: 'laying out' });
    expect(appStore.getState().work).toBeNull();
    expect(await positionsFor(model)).toBe(a);
  });

  it('Cancel leaves the nodes on a grid for now, and the next canvas lays them out again', async () => {
    const model = network(400, 10);
    const pending = positionsFor(model);
    cancelWork();
    const grid = await pending;
    expect(grid.size).toBe(400);
    // A square grid: 20 columns of 110 units.
    expect(new Set([...grid.values()].map((p) => p.x)).size).toBe(20);
    const laidOut = await positionsFor(model);
    expect(laidOut).not.toBe(grid);
    expect(new Set([...laidOut.values()].map((p) => p.x)).size).toBeGreaterThan(300);
  });

  it('draws the positions the file worker computed, without laying out again', async () => {
    const base = network(400, 10);
    const layout = new Map(base.pathway.nodes.map((n, i) => [n.id, { x: i, y: 0 }]));
    const model = buildModel(base.pathway, layout);
    expect(presetPositions(model)).toBe(layout);
    expect(await positionsFor(model)).toBe(layout);
  });
});

describe('level of detail', () => {
  let cy: Core | undefined;
  afterEach(() => cy?.destroy());

  const headless = (model: Model, elements = toElements(model, presetPositions(model) ?? new Map())) =>
    cytoscape({ headless: true, styleEnabled: true, elements, style: buildStylesheet(model) });

  it('a large drawing hides labels until readable, and arrowheads and dashes while far', async () => {
    const model = network(800, 20);
    expect(isLargeDrawing(model)).toBe(true);
    const positions = await positionsFor(model);
    cy = headless(model, startFar(toElements(model, positions)));
    const stroke = cy.edges().first();
    const node = cy.nodes().first();
    expect(stroke.hasClass('far')).toBe(true);
    expect(stroke.style('target-arrow-shape')).toBe('none');
    expect(stroke.style('line-style')).toBe('solid');
    expect(node.style('min-zoomed-font-size')).toBe('8px');
    expect(stroke.style('min-zoomed-font-size')).toBe('11px');
    // Pointed at: the label at any zoom.
    node.addClass('hover');
    expect(node.style('min-zoomed-font-size')).toBe('0px');
    // Far, a stroke has no label, unless selected.
    stroke.data('label', 'uncited');
    expect(stroke.style('label')).toBe('');
    stroke.addClass('is-selected');
    expect(stroke.style('label')).toBe('uncited');
    stroke.removeClass('is-selected');
    // Near: arrowheads back, as the relation draws them.
    stroke.removeClass('far');
    expect(stroke.style('target-arrow-shape')).not.toBe('none');
  });

  it('strokes follow the zoom across FAR_ZOOM', async () => {
    const model = network(800, 20);
    cy = headless(model, startFar(toElements(model, await positionsFor(model))));
    const unfollow = followZoom(cy);
    cy.zoom(FAR_ZOOM + 0.1);
    expect(cy.edges('.far')).toHaveLength(0);
    cy.zoom(FAR_ZOOM - 0.1);
    expect(cy.edges('.far')).toHaveLength(cy.edges().length);
    unfollow();
    cy.zoom(1);
    expect(cy.edges('.far')).toHaveLength(cy.edges().length);
  });

  it('a small drawing has none of it', async () => {
    const model = fixtureModel();
    expect(isLargeDrawing(model)).toBe(false);
    cy = headless(model, toElements(model, await positionsFor(model)));
    expect(cy.nodes().first().style('min-zoomed-font-size')).toBe('0px');
    expect(cy.edges('.far')).toHaveLength(0);
  });
});
