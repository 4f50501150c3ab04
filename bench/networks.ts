/**
 * Generated large networks for the benchmark, written as NetworkX writes GraphML (`<key>`
 * declarations, then bare `<node id>` and `<edge source target>` with `<data>`): no positions, so
 * the app has to lay them out, as it must for a real network file. The shape is that of a
 * transcriptional regulatory network: about one node in ten is a regulator, each edge leaves a
 * regulator (chosen in proportion to the targets it already has, so a few regulate hundreds), and
 * about 2.5 edges per node. Each edge is on one of three layers by its effect (activation,
 * repression, dual), so a layer toggle hides about a third of the strokes. Seeded (mulberry32).
 */
import { mulberry32 } from './random';

const EFFECTS = [
  { layer: 'activation', interaction: 'activates' },
  { layer: 'repression', interaction: 'inhibits' },
  { layer: 'dual', interaction: 'regulates' },
] as const;

export interface GeneratedNetwork {
  readonly graphml: string;
  readonly nodes: number;
  readonly edges: number;
}

/** A regulatory-network-shaped GraphML of `nodeCount` nodes and about 2.5 × that many edges. */
export function generateNetworkGraphml(nodeCount: number, seed = 20261202): GeneratedNetwork {
  const rand = mulberry32(seed ^ nodeCount);
  const regulators = Math.max(2, Math.round(nodeCount * 0.1));
  const name = (i: number) => (i < regulators ? `reg${i}` : `gene${i}`);
  // Preferential attachment: a regulator is drawn from this list, which holds it once per target.
  const pool: number[] = Array.from({ length: regulators }, (_, i) => i);
  const pairs = new Set<number>();
  const lines: string[] = [];
  const wanted = Math.round(nodeCount * 2.5);
  // Every node gets at least one regulator, so nothing floats alone; the rest go anywhere.
  for (let k = 0; lines.length < wanted && k < wanted * 4; k++) {
    const target = k < nodeCount ? k : Math.floor(rand() * nodeCount);
    const source = pool[Math.floor(rand() * pool.length)]!;
    if (source === target || pairs.has(source * nodeCount + target)) continue;
    pairs.add(source * nodeCount + target);
    pool.push(source);
    const r = rand();
    const effect = EFFECTS[r < 0.55 ? 0 : r < 0.9 ? 1 : 2];
    lines.push(
      `<edge source="${name(source)}" target="${name(target)}">` +
        `<data key="d1">${effect.interaction}</data><data key="d2">${effect.layer}</data></edge>`,
    );
  }
  const nodes = Array.from({ length: nodeCount }, (_, i) => `<node id="${name(i)}"/>`);
  const graphml = [
    "<?xml version='1.0' encoding='utf-8'?>",
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '<key id="d2" for="edge" attr.name="layers" attr.type="string"/>',
    '<key id="d1" for="edge" attr.name="interaction" attr.type="string"/>',
    '<key id="d0" for="graph" attr.name="name" attr.type="string"/>',
    '<graph edgedefault="directed">',
    `<data key="d0">Generated regulatory network, ${nodeCount} nodes</data>`,
    ...nodes,
    ...lines,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
  return { graphml, nodes: nodeCount, edges: lines.length };
}
