/**
 * Store → canvas: set each element's dynamic classes from the current view, by id, in one batch.
 * Only classes change; positions and the layout are never touched here.
 *
 * `applyView` sets every element (first draw, tests); `createSync` remembers what it last applied
 * and touches only the elements whose classes can have changed, so a layer toggle costs in
 * proportion to the edges of that layer, not to the whole graph.
 */
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import { entityOf } from './elements';
import type { LayerView } from '../model/layers';
import type { Model } from '../model/model';
import { NO_OVERLAY, type Overlay } from '../model/overlay';
import type { Selection } from '../model/types';
import type { Target } from '../model/url';

/** Everything the dynamic classes are derived from. */
export interface ViewState {
  readonly view: LayerView;
  readonly selection: Selection;
  readonly focused: Target | null;
  readonly overlay: Overlay;
}

type Element = NodeSingular | EdgeSingular;

/** `cy.collection()` takes elements of the graph too (documented); its types name only definitions. */
const collectionOf = (cy: Core, eles: Element[]) => cy.collection(eles as unknown as ElementDefinition[]);

/**
 * The class changes of one sync, collected per element and applied per set of changes: the
 * elements whose classes change the same way get one `toggleClass` call, which flips exactly those
 * classes. Cytoscape queues a restyle and sends an event per element and per call, so toggling
 * classes one by one, or one class at a time, costs several of each per element (docs/performance.md,
 * "Toggle sync").
 */
class ClassChanges {
  private readonly flips = new Map<Element, string[]>();

  /** `ele` should have class `name` when `on`. */
  set(ele: Element, name: string, on: boolean): void {
    if (ele.hasClass(name) === on) return;
    const names = this.flips.get(ele);
    if (names) names.push(name);
    else this.flips.set(ele, [name]);
  }

  /** NOTE mutates the classes of the elements collected. Call inside `cy.batch`. */
  apply(cy: Core): void {
    const byChange = new Map<string, Element[]>();
    for (const [ele, names] of this.flips) {
      const key = names.join(' ');
      const eles = byChange.get(key);
      if (eles) eles.push(ele);
      else byChange.set(key, [ele]);
    }
    // Without a direction, toggleClass flips each class named: here, exactly those that differ.
    for (const [key, eles] of byChange) collectionOf(cy, eles).toggleClass(key);
  }
}

/**
 * A stroke and the data the sync reads of it, read once (Cytoscape's `data()` is slow in a loop of
 * thousands). Only the sync writes a stroke's label, so the last one written is kept here too.
 */
interface Stroke {
  readonly ele: EdgeSingular;
  readonly edgeId: string;
  readonly layer: string;
  readonly status: string;
  label: string;
}

function strokeOf(ele: EdgeSingular): Stroke {
  return {
    ele,
    edgeId: ele.data('edgeId') as string,
    layer: ele.data('layer') as string,
    status: ele.data('statusText') as string,
    label: (ele.data('label') as string | undefined) ?? '',
  };
}

/** Per-state facts the element rules need, computed once per sync. */
interface Context {
  readonly state: ViewState;
  /** Each layer's number (its place in the model's order, from 1: the key that toggles it). */
  readonly numbers: ReadonlyMap<string, number>;
  readonly selectedNode: string | null;
  readonly selectedEdge: string | null;
  /** The glyphs (canvas node ids) at the ends of the selected edge: a clone when it starts at one. */
  readonly neighbours: ReadonlySet<string>;
  /**
   * With clones: the glyphs (canvas node ids) that a shown edge starts or ends at; a node's own
   * glyph is not drawn for an edge that starts at one of its clones. Null without clones, where a
   * glyph shows exactly when its node is in `view.visibleNodes`.
   */
  readonly glyphsShown: ReadonlySet<string> | null;
  /** With clones: the nodes at least one of whose glyphs a shown edge draws. */
  readonly nodesDrawn: ReadonlySet<string> | null;
  /**
   * Kinds of mark that no element carries and none should: no selection, keyboard focus or overlay
   * in the state last applied nor in this one (`createSync` knows; a full sync assumes nothing).
   * Their classes are not looked at, which is most of a layer switch's class checks.
   */
  readonly unmarked: Unmarked;
}

interface Unmarked {
  readonly selection: boolean;
  readonly focus: boolean;
  readonly overlay: boolean;
}

const MAY_BE_MARKED: Unmarked = { selection: false, focus: false, overlay: false };

/** Which kinds of mark neither `prev` (the state last applied) nor `next` has. */
function unmarkedBetween(prev: ViewState, next: ViewState): Unmarked {
  return {
    selection: !prev.selection && !next.selection,
    focus: !prev.focused && !next.focused,
    overlay: prev.overlay === NO_OVERLAY && next.overlay === NO_OVERLAY,
  };
}

function contextOf(model: Model, state: ViewState, unmarked: Unmarked): Context {
  const { selection } = state;
  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;
  const neighbours = new Set<string>();
  const edge = selectedEdge ? model.edgeById.get(selectedEdge) : undefined;
  if (edge) neighbours.add(model.clones.cloneOfEdge.get(edge.id) ?? edge.source).add(edge.target);
  const numbers = new Map(model.pathway.layers.map((l, i) => [l.id, i + 1]));
  const shown = model.clones.clones.length ? glyphsShown(model, state.view) : null;
  return {
    state,
    numbers,
    selectedNode: selection?.kind === 'node' ? selection.id : null,
    selectedEdge,
    neighbours,
    glyphsShown: shown?.glyphs ?? null,
    nodesDrawn: shown?.nodes ?? null,
    unmarked,
  };
}

function glyphsShown(model: Model, view: LayerView): { glyphs: Set<string>; nodes: Set<string> } {
  const glyphs = new Set<string>();
  const nodes = new Set<string>();
  for (const [edgeId, layers] of view.edgeLayers) {
    const edge = model.edgeById.get(edgeId);
    if (!edge || !layers.length) continue;
    glyphs.add(model.clones.cloneOfEdge.get(edgeId) ?? edge.source).add(edge.target);
    nodes.add(edge.source).add(edge.target);
  }
  return { glyphs, nodes };
}

/**
 * NOTE mutates the stroke's label, and collects its class changes in `changes`. An interaction that several shown layers assert
 * is drawn once, by its first layer's stroke, marked `shared` and labelled with the layers' numbers,
 * so no bundle of parallel lines hides its arrowhead.
 */
function applyStroke(info: Stroke, ctx: Context, changes: ClassChanges): void {
  const { view, focused, overlay } = ctx.state;
  const { ele: stroke, edgeId, layer } = info;
  const layers = view.edgeLayers.get(edgeId);
  const on = layers?.includes(layer) ?? false;
  const primary = on && layers?.[0] === layer;
  const shared = primary && (layers?.length ?? 0) > 1;
  const cmp = overlay.compare;
  changes.set(stroke, 'hidden', !primary);
  changes.set(stroke, 'primary', primary);
  changes.set(stroke, 'shared', shared);
  if (primary) {
    const badge = shared ? (layers ?? []).map((id) => ctx.numbers.get(id) ?? '?').join(' · ') : '';
    const label = [badge, info.status].filter(Boolean).join('  ');
    if (info.label !== label) {
      info.label = label;
      stroke.data('label', label);
    }
  }
  changes.set(stroke, 'contested', on && view.highlighted.has(edgeId));
  const { unmarked } = ctx;
  if (!unmarked.selection) changes.set(stroke, 'is-selected', on && edgeId === ctx.selectedEdge);
  if (!unmarked.overlay) {
    changes.set(stroke, 'cut', overlay.cutEdges.has(edgeId));
    changes.set(stroke, 'abolished', overlay.abolishedEdges.has(edgeId));
    changes.set(stroke, 'on-path', on && overlay.path.has(edgeId));
    changes.set(stroke, 'only-a', on && Boolean(cmp?.onlyA.has(edgeId)));
    changes.set(stroke, 'only-b', on && Boolean(cmp?.onlyB.has(edgeId)));
    changes.set(stroke, 'in-both', on && Boolean(cmp?.shared.has(edgeId)));
    changes.set(stroke, 'tour-focus', on && overlay.focus.has(`edge:${edgeId}`));
    changes.set(stroke, 'cites-ref', on && overlay.citing.has(edgeId));
  }
  if (!unmarked.focus) changes.set(stroke, 'kbd-focus', primary && focused?.kind === 'edge' && focused.id === edgeId);
}

/**
 * A glyph shows when a shown edge draws it. A node that is selected, read out or tested shows even
 * when no shown edge touches it: then all of its glyphs do; when some of them are drawn, only those.
 */
function leafVisible(glyph: NodeSingular, ctx: Context): boolean {
  const { view, overlay } = ctx.state;
  const id = entityOf(glyph);
  const drawn = ctx.glyphsShown ? ctx.glyphsShown.has(glyph.id()) : view.visibleNodes.has(id);
  if (drawn) return true;
  const named = id === ctx.selectedNode || id === overlay.readout || id === overlay.drug;
  return named && !(ctx.nodesDrawn?.has(id) ?? false);
}

/** Collects the node's class changes in `changes`. A compartment shows while anything inside it does. */
function applyNode(node: NodeSingular, ctx: Context, changes: ClassChanges): void {
  const { focused, overlay } = ctx.state;
  const id = entityOf(node);
  const visible = node.isParent()
    ? node
        .descendants()
        .toArray()
        .some((d) => d.isNode() && d.isChildless() && leafVisible(d, ctx))
    : leafVisible(node, ctx);
  changes.set(node, 'hidden', !visible);
  const { unmarked } = ctx;
  if (!unmarked.selection) {
    changes.set(node, 'is-selected', id === ctx.selectedNode);
    changes.set(node, 'is-neighbour', ctx.neighbours.has(node.id()));
  }
  if (!unmarked.overlay) {
    changes.set(node, 'knocked-out', overlay.removedNodes.has(id));
    changes.set(node, 'readout', overlay.readout === id);
    changes.set(node, 'tested-drug', overlay.drug === id);
    changes.set(node, 'tour-focus', overlay.focus.has(`node:${id}`));
  }
  if (!unmarked.focus) changes.set(node, 'kbd-focus', focused?.kind === 'node' && focused.id === id);
}

/** NOTE mutates the classes (and labels) of the given strokes and nodes of cy, for `state`, in one batch. */
function applyTo(
  cy: Core,
  model: Model,
  state: ViewState,
  strokes: Iterable<Stroke>,
  nodes: Iterable<NodeSingular>,
  unmarked: Unmarked = MAY_BE_MARKED,
): void {
  const ctx = contextOf(model, state, unmarked);
  const changes = new ClassChanges();
  cy.batch(() => {
    for (const stroke of strokes) applyStroke(stroke, ctx, changes);
    for (const node of nodes) applyNode(node, ctx, changes);
    changes.apply(cy);
  });
}

/** NOTE mutates the classes of every element of cy. */
export function applyView(
  cy: Core,
  model: Model,
  view: LayerView,
  selection: Selection,
  focused: Target | null = null,
  overlay: Overlay = NO_OVERLAY,
): void {
  applyTo(cy, model, { view, selection, focused, overlay }, cy.edges().map(strokeOf), cy.nodes());
}

const sameLayers = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

function addAll(into: Set<string>, from: Iterable<string>): void {
  for (const x of from) into.add(x);
}

/** Edges and nodes whose classes may differ between two states. */
function dirtyBetween(model: Model, prev: ViewState, next: ViewState): { edges: Set<string>; nodes: Set<string> } {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  if (prev.view !== next.view) {
    for (const edge of model.pathway.edges) {
      const id = edge.id;
      if (!sameLayers(prev.view.edgeLayers.get(id), next.view.edgeLayers.get(id))) edges.add(id);
      else if (prev.view.highlighted.has(id) !== next.view.highlighted.has(id)) edges.add(id);
    }
    for (const node of model.pathway.nodes)
      if (prev.view.visibleNodes.has(node.id) !== next.view.visibleNodes.has(node.id)) nodes.add(node.id);
  }
  if (prev.selection !== next.selection) {
    for (const s of [prev.selection, next.selection]) {
      if (!s) continue;
      if (s.kind === 'node') nodes.add(s.id);
      else {
        edges.add(s.id);
        const e = model.edgeById.get(s.id);
        if (e) nodes.add(e.source).add(e.target);
      }
    }
  }
  if (prev.focused !== next.focused) {
    for (const f of [prev.focused, next.focused]) if (f) (f.kind === 'node' ? nodes : edges).add(f.id);
  }
  if (prev.overlay !== next.overlay) {
    for (const o of [prev.overlay, next.overlay]) {
      addAll(edges, o.cutEdges);
      addAll(edges, o.abolishedEdges);
      addAll(edges, o.path);
      addAll(edges, o.citing);
      if (o.compare) {
        addAll(edges, o.compare.onlyA);
        addAll(edges, o.compare.onlyB);
        addAll(edges, o.compare.shared);
      }
      for (const f of o.focus) (f.startsWith('node:') ? nodes : edges).add(f.slice(5));
      addAll(nodes, o.removedNodes);
      if (o.readout) nodes.add(o.readout);
      if (o.drug) nodes.add(o.drug);
    }
  }
  return { edges, nodes };
}

/**
 * A sync function for one cy and one model: the first call sets every element, later calls only
 * the elements whose classes can have changed since the previous call.
 */
export function createSync(cy: Core, model: Model): (next: ViewState) => void {
  // The strokes, each read once and kept with the label last written to it (the first sync too).
  const strokes = cy.edges().map(strokeOf);
  const strokesByEdge = new Map<string, Stroke[]>();
  strokes.forEach((stroke) => {
    const list = strokesByEdge.get(stroke.edgeId);
    if (list) list.push(stroke);
    else strokesByEdge.set(stroke.edgeId, [stroke]);
  });
  // A node's glyphs: its own and its clones.
  const glyphsByNode = new Map<string, NodeSingular[]>();
  cy.nodes().forEach((glyph) => {
    const id = entityOf(glyph);
    const list = glyphsByNode.get(id);
    if (list) list.push(glyph);
    else glyphsByNode.set(id, [glyph]);
  });
  // Compartments: whether one shows depends on all of its children.
  const parents = cy.nodes(':parent').map((n) => n.id());
  let prev: ViewState | null = null;
  return (next) => {
    if (!prev) {
      applyTo(cy, model, next, strokes, cy.nodes());
    } else {
      const { edges, nodes } = dirtyBetween(model, prev, next);
      // With clones, which glyph of a node shows depends on which of its edges do.
      if (model.clones.clones.length)
        for (const id of edges) {
          const edge = model.edgeById.get(id);
          if (edge) nodes.add(edge.source).add(edge.target);
        }
      if (nodes.size) for (const id of parents) nodes.add(id);
      if (edges.size || nodes.size)
        applyTo(
          cy,
          model,
          next,
          [...edges].flatMap((id) => strokesByEdge.get(id) ?? []),
          [...nodes].flatMap((id) => glyphsByNode.get(id) ?? []),
          unmarkedBetween(prev, next),
        );
    }
    prev = next;
  };
}
