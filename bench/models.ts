/**
 * Generated pathway models for the benchmark: N nodes on a jittered grid (preset positions, so no
 * layout runs), about two edges per node, mostly to near neighbours, spread over five hypothesis
 * layers and one critique layer. Seeded (mulberry32), so every run and every page gets the same
 * graph. Built with the app's own types, and valid against its schema and citation rules: every
 * edge cites the one generated reference with a supporting item (checked by
 * scripts/bench/write-models.ts with the app's parsePathway).
 */
import { EVIDENCE_KINDS, NODE_KINDS, RELATIONS } from '../src/model/schema';
import type { EdgeStatus, Evidence, Layer, NodeKind, Pathway, PathwayEdge, PathwayNode } from '../src/model/types';
import { mulberry32 } from './random';

const BENCH_REF = 'bench2026';
const DEFAULT_SEED = 20261123;

function hypothesis(id: string, title: string, color: string, lineStyle: Layer['lineStyle'], on: boolean): Layer {
  return {
    id,
    title,
    summary: `Synthetic ${title.toLowerCase()} for the benchmark.`,
    color,
    lineStyle,
    defaultVisible: on,
    references: [BENCH_REF],
    role: 'hypothesis',
  };
}

/** Hypothesis layers in display order; the first three are on by default. */
const BENCH_LAYERS: readonly Layer[] = [
  hypothesis('h1', 'Hypothesis one', '#0072B2', 'solid', true),
  hypothesis('h2', 'Hypothesis two', '#E69F00', 'dashed', true),
  hypothesis('h3', 'Hypothesis three', '#009E73', 'dotted', true),
  hypothesis('h4', 'Hypothesis four', '#CC79A7', 'dash-dot', false),
  hypothesis('h5', 'Hypothesis five', '#56B4E9', 'long-dash', false),
];

const CRITIQUE: Layer = {
  id: 'critique',
  title: 'Critique',
  summary: 'Synthetic critique layer: highlights disputed edges.',
  color: '#D55E00',
  lineStyle: 'short-dash',
  defaultVisible: false,
  references: [BENCH_REF],
  role: 'critique',
};

const ORDER = [...BENCH_LAYERS.map((l) => l.id), CRITIQUE.id];
const KINDS: readonly NodeKind[] = NODE_KINDS.filter((k) => k !== 'compartment');
/** Cumulative weights of the primary layer of an edge (h1 asserts the most). */
const LAYER_WEIGHTS = [0.3, 0.55, 0.75, 0.9, 1];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function statusOf(rand: () => number): EdgeStatus {
  const r = rand();
  return r < 0.55 ? 'established' : r < 0.8 ? 'proposed' : r < 0.9 ? 'inferred' : 'disputed';
}

export function generatePathway(nodeCount: number, seed = DEFAULT_SEED): Pathway {
  const rand = mulberry32(seed ^ nodeCount);
  const cols = Math.max(2, Math.ceil(Math.sqrt(nodeCount * 1.6)));
  const nodes: PathwayNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = pick(rand, KINDS);
    const col = i % cols;
    const row = Math.floor(i / cols);
    nodes.push({
      id: `n${i}`,
      label: `${kind[0]?.toUpperCase()}${kind.slice(1)} ${i}`,
      kind,
      description: `Synthetic ${kind} number ${i}.`,
      position: { x: Math.round(col * 150 + (rand() - 0.5) * 30), y: Math.round(row * 90 + (rand() - 0.5) * 20) },
    });
  }

  const edges: PathwayEdge[] = [];
  const pairs = new Set<string>();
  const hypotheses = BENCH_LAYERS.map((l) => l.id);
  for (let i = 0; i < nodeCount; i++) {
    const col = i % cols;
    const row = Math.floor(i / cols);
    let made = 0;
    for (let attempt = 0; made < 2 && attempt < 12; attempt++) {
      let j: number;
      if (rand() < 0.05) j = Math.floor(rand() * nodeCount);
      else {
        const c = col + Math.floor(rand() * 5) - 2;
        const r = row + Math.floor(rand() * 5) - 2;
        if (c < 0 || c >= cols || r < 0) continue;
        j = r * cols + c;
      }
      if (j === i || j >= nodeCount) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      made++;

      const w = rand();
      const primary = hypotheses[LAYER_WEIGHTS.findIndex((c) => w < c)] ?? 'h1';
      const layers = [primary];
      if (rand() < 0.2) {
        const second = pick(rand, hypotheses);
        if (second !== primary) layers.push(second);
      }
      const status = statusOf(rand);
      if (status === 'disputed' || rand() < 0.03) layers.push(CRITIQUE.id);
      // Display order, as the layer list has it.
      layers.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
      const evidence: Evidence[] = [{ ref: BENCH_REF, kind: pick(rand, EVIDENCE_KINDS), stance: 'supports' }];
      if (status === 'disputed') evidence.push({ ref: BENCH_REF, kind: 'commentary', stance: 'contests' });
      const source = nodes[i] as PathwayNode;
      const target = nodes[j] as PathwayNode;
      edges.push({
        id: `e${edges.length}`,
        source: source.id,
        target: target.id,
        relation: pick(rand, RELATIONS),
        layers,
        claim: `${source.label} acts on ${target.label} (synthetic).`,
        status,
        ...(status === 'inferred' ? { reason: 'Synthetic: drawn to exercise the inferred style.' } : {}),
        evidence,
      });
    }
  }

  return {
    schemaVersion: 1,
    id: `bench-n${nodeCount}`,
    title: `Synthetic benchmark, ${nodeCount} nodes`,
    description: `A generated model of ${nodeCount} nodes and ${edges.length} edges for \`npm run bench\`.`,
    references: {
      [BENCH_REF]: {
        type: 'report',
        title: 'Synthetic reference for the Pathway Layers benchmark',
        author: [{ literal: 'Pathway Layers benchmark' }],
        issued: { 'date-parts': [[2026]] },
      },
    },
    layers: [...BENCH_LAYERS, CRITIQUE],
    nodes,
    edges,
  };
}
