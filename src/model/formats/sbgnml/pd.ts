/**
 * Reading SBGN-ML **Process Description** maps (what Reactome, Newt and the libSBGN examples write)
 * by converting them to influences. PD draws reactions: entity pools (macromolecules, simple
 * chemicals, complexes…) go into a process node and come out of it, and other pools catalyse,
 * stimulate or inhibit the process. Our model has no process nodes, so each process becomes the
 * influences it implies, and the first warning says so and what was lost.
 *
 * **Entity pools → nodes**: `macromolecule`, `nucleic acid feature` → protein, `simple chemical` →
 * small-molecule, `complex` → complex (their multimers alike), `unspecified entity` → concept,
 * `perturbing agent` → drug, `phenotype` → phenotype, `source and sink` (∅) → process, named after
 * what it makes or takes (`∅ → IRF1 (mRNA)`, `X → ∅`); `compartment` → compartment, holding the
 * glyphs whose `compartmentRef` names it (compartments may nest). Positions are the centres of the
 * `<bbox>`es. **State variables and units of information are written into the label**, after the
 * glyph's own label: `RAF (P)`, `STAT1α (P@Y701, P@Y727)` (value@variable; a state without a value is
 * left out), `IRF1 (mRNA)` (`ct:` dropped), `Cav1 (open)`; material types (`mt:prot`) only go to the
 * description, since the kind says as much; a multimer without an `N:` unit gets `multimer`. The
 * plain label is kept as a synonym, and the description lists the state variables, units of
 * information and components. **A complex's components are not nodes**: a complex without a label
 * is named after them (`IGF:IGFR`, `STAT1α (P@Y701, P@Y727) complex` for one component), a labelled
 * one gets its components' states in brackets; an arc that starts or ends at a component is read at
 * the complex. **Clones**: glyphs with a clone marker that show the same pool (class, label with its
 * states, compartment) become one node at the first glyph's place (SBGN draws a pool more than once
 * only to shorten arcs).
 *
 * **Processes → influences** (`process`, `omitted process`, `uncertain process`, `association`,
 * `dissociation`; the process is matched through its ports too). For a process P with inputs
 * (`consumption` arcs), products (`production` arcs) and modulators (arcs pointing at P):
 * - each modulator acts on **each product** of P: `catalysis` and `stimulation` → positive-influence,
 *   `necessary stimulation` (and the older `absolute stimulation`) → necessary-stimulation,
 *   `inhibition` (`absolute inhibition`) → negative-influence, `modulation` → unknown-influence;
 * - each input is a **positive influence on each product** (a conversion: the more input, the more
 *   product). Unknown influence would say less than the map does: a process makes its products from
 *   its inputs, so their amounts move together; what is lost is that the input is used up, which no
 *   influence can say. An input that is also a product of the same process gives no loop;
 * - the inputs of an `association` also **bind** each other (one `binds` edge per pair, in the file's
 *   order; ∅ binds nothing); a `dissociation` is converted like any other process;
 * - a process without a product converts to nothing (warned); one without an input gives only its
 *   modulators' influences.
 * An arc that modulates a phenotype (PD's other process node) becomes a direct influence on it; one
 * that points at an entity pool instead of a process is read the same way, with a warning. Arc
 * classes from other languages are read by name (`positive influence` → positive-influence) with a
 * warning. The same influence made twice (ATP → ADP in three phosphorylations) is one edge whose
 * claim says how often the map gives it.
 *
 * **Logic operators** (`and`, `or`, `not`) in front of a modulation are converted: each operand acts
 * on its own with the arc's relation (that `and` needs all of them is lost), through `not` with the
 * sign turned (positive ↔ negative, necessary → negative, unknown stays); operators may be nested.
 *
 * **Not converted, each named in a warning**: tags, submaps (and their terminals), annotations,
 * unknown glyph classes, `equivalence arc`s, arcs that start or end at another arc, a compartment or
 * something missing, arc groups, and every arc through what was not converted; stoichiometry
 * (`cardinality` on an arc), clone-marker labels. Edges are `uncited` on the `imported` layer like
 * every import; the claims say which process and arc each came from.
 */
import type { NodeKind, Relation } from '../../types';
import type { DraftEdge, DraftNode } from '../draft';
import type { ImportResult } from '../types';
import { toText } from '../values';
import { relationFromName } from '../vocab';
import { Warnings } from '../warnings';
import { attr, childElements, firstChild } from '../xml';
import { centre, classOf, idAttr, labelText } from './glyphs';
import { NOT_RELATION, PD_ENTITY_KIND, PD_LOGIC_CLASSES, PD_MODULATION, PD_PROCESS_CLASSES } from './vocab';

/** What a Process Description map converts to: the draft, the notice, and what was not converted. */
interface ProcessDescriptionRead {
  readonly nodes: DraftNode[];
  readonly edges: DraftEdge[];
  /** The first warning: converted from PD, how many processes became how many influences, what was lost. */
  readonly notice: string;
  readonly warnings: Warnings;
}

const SOURCE_AND_SINK = new Set(['source and sink', 'empty set']);

/** Why a glyph class that is neither an entity pool, a process nor a logic operator is not converted. */
const SKIPPED_GLYPH: Readonly<Record<string, string>> = {
  tag: 'a tag points to another map or a submap; not imported',
  submap: 'a submap is not converted: its content is not in this map, and the arcs to its terminals are lost',
  terminal: 'a submap terminal is not converted',
  annotation: 'an annotation is not imported',
};

type Ref =
  | { readonly type: 'entity'; readonly key: string; readonly component?: string }
  | { readonly type: 'process' | 'logic' | 'compartment'; readonly key: string }
  | { readonly type: 'skipped'; readonly what: string };

interface Described {
  readonly own: string | undefined;
  readonly label: string | undefined;
  readonly units: readonly string[];
  readonly states: readonly string[];
  /** Decorated labels of the direct components (complexes). */
  readonly components: readonly string[];
  /** Leaf component labels, through unlabelled nested complexes, for naming an unlabelled complex. */
  readonly leaves: readonly string[];
  /** `component state state` for each component with states, at any depth. */
  readonly stated: readonly string[];
}

interface Entity {
  readonly key: string;
  readonly cls: string;
  readonly described: Described;
  label: string | undefined;
  description?: string;
  readonly parentKey: string | undefined;
  readonly position: { x: number; y: number } | undefined;
  readonly where: string;
  readonly cloned: boolean;
  copies: number;
}

interface Modulation {
  readonly from: Ref;
  readonly cls: string;
  readonly relation: Relation;
  readonly verb: string;
  readonly where: string;
}

interface Process {
  readonly key: string;
  readonly cls: string;
  readonly label: string | undefined;
  readonly where: string;
  readonly inputs: string[];
  readonly outputs: string[];
  readonly modulators: Modulation[];
}

interface Logic {
  readonly key: string;
  readonly cls: string;
  readonly where: string;
  readonly operands: Ref[];
}

type Origin = 'modulator' | 'input' | 'binds' | 'direct';

interface Made {
  readonly source: string;
  readonly target: string;
  readonly relation: Relation;
  readonly claim: string;
  readonly where: string;
  readonly origin: Origin;
  more: number;
}

/** A relation in a claim: `read here as a negative influence on the product …`. */
const RELATION_WORDS: Readonly<Record<Relation, string>> = {
  'positive-influence': 'a positive influence',
  'negative-influence': 'a negative influence',
  'necessary-stimulation': 'a necessary stimulation',
  'unknown-influence': 'an influence of unknown sign',
  binds: 'binding',
  'allosteric-modulation': 'an allosteric modulation',
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** State variables (`P@S473`; a state without a value is left out) and units of information. */
function decorations(g: Element): { units: string[]; states: string[] } {
  const units: string[] = [];
  const states: string[] = [];
  for (const child of childElements(g, 'glyph')) {
    const cls = classOf(child);
    if (cls === 'state variable') {
      const state = firstChild(child, 'state');
      const value = toText(state && attr(state, 'value'));
      const variable = toText(state && attr(state, 'variable'));
      if (value !== undefined) states.push(variable === undefined ? value : `${value}@${variable}`);
    } else if (cls === 'unit of information') {
      const text = labelText(child);
      if (text !== undefined) units.push(text);
    }
  }
  return { units, states };
}

const withItems = (label: string, items: readonly string[]): string =>
  items.length ? `${label} (${items.join(', ')})` : label;

/** An entity pool's own label, its decorations and, for a complex, its components, read recursively. */
function describe(g: Element, cls: string): Described {
  const { units, states } = decorations(g);
  const parts = childElements(g, 'glyph')
    .filter((c) => PD_ENTITY_KIND[classOf(c)] !== undefined)
    .map((c) => ({ cls: classOf(c), d: describe(c, classOf(c)) }));
  const own = labelText(g);
  const leaves = parts.flatMap(({ cls: c, d }) =>
    c.startsWith('complex') && d.own === undefined && d.leaves.length ? d.leaves : d.label ? [d.label] : [],
  );
  const stated = parts.flatMap(({ d }) => [
    ...(d.states.length ? [`${d.own ?? d.label ?? '?'} ${d.states.join(' ')}`] : []),
    ...d.stated,
  ]);
  const items = [
    ...(cls.endsWith(' multimer') && !units.some((u) => /^n:/i.test(u)) ? ['multimer'] : []),
    ...units.filter((u) => !/^mt:/i.test(u)).map((u) => u.replace(/^ct:\s*/i, '')),
    ...states,
  ];
  let label: string | undefined;
  if (own !== undefined) label = withItems(own, cls.startsWith('complex') ? [...items, ...stated] : items);
  else if (cls.startsWith('complex') && leaves.length)
    label = withItems(leaves.length === 1 ? `${leaves[0]} complex` : leaves.join(':'), items);
  return {
    own,
    label,
    units,
    states,
    components: parts.map(({ d }) => d.label ?? '?'),
    leaves,
    stated,
  };
}

function entityDescription(e: Entity): string {
  const d = e.described;
  const parts = [`SBGN Process Description ${e.cls}${d.own ? ` “${d.own}”` : ''}`];
  if (d.states.length) parts.push(`state variables ${d.states.join(', ')}`);
  if (d.units.length) parts.push(`units of information ${d.units.join(', ')}`);
  if (d.components.length) parts.push(`components ${d.components.join('; ')}`);
  if (e.copies > 1) parts.push(`drawn ${e.copies} times in the map (clone marker)`);
  return `${parts.join('; ')}. Imported from SBGN-ML.`;
}

/** Convert a Process Description `<map>`; `{ result }` when nothing in it converts. */
export function readProcessDescription(map: Element): ProcessDescriptionRead | { result: ImportResult } {
  const warnings = new Warnings();
  const glyphsFound = new Map<string, number>();
  const arcsFound = new Map<string, number>();
  const count = (m: Map<string, number>, cls: string) =>
    m.set(cls || '(no class)', (m.get(cls || '(no class)') ?? 0) + 1);
  const refs = new Map<string, Ref>();
  const compartments: DraftNode[] = [];
  const entities: Entity[] = [];
  const processes: Process[] = [];
  const logics = new Map<string, Logic>();
  const arcIds = new Set<string>();

  // Glyphs: entity pools, compartments, processes, logic operators; the rest is named and skipped.
  childElements(map, 'glyph').forEach((g, i) => {
    const cls = classOf(g);
    const key = idAttr(g, 'id') ?? `glyph-${i + 1}`;
    const where = `glyph "${attr(g, 'id') ?? key}"`;
    count(glyphsFound, cls);
    let ref: Ref;
    if (cls === 'compartment') {
      ref = { type: 'compartment', key };
      compartments.push({
        key,
        label: labelText(g),
        kind: 'compartment',
        parentKey: toText(idAttr(g, 'compartmentRef')),
        position: centre(g),
        where,
      });
    } else if (PD_ENTITY_KIND[cls] !== undefined) {
      ref = { type: 'entity', key };
      const described = describe(g, cls);
      const clone = firstChild(g, 'clone');
      if (clone && labelText(clone) !== undefined) warnings.add('the label of a clone marker is not imported', where);
      for (const child of childElements(g, 'glyph')) {
        const childClass = classOf(child);
        if (childClass !== 'state variable' && childClass !== 'unit of information' && !PD_ENTITY_KIND[childClass])
          warnings.add(`"${childClass || '(no class)'}" inside an entity pool not imported`, where);
      }
      if (described.states.length || described.units.some((u) => !/^mt:/i.test(u)))
        warnings.add(
          'state variables and units of information are written into the label ("P@S473" is the state P at S473; "ct:" is dropped); material types such as mt:prot only into the description',
          where,
        );
      if (described.components.length)
        warnings.add(
          "a complex's components are not nodes: the complex's label or description names them, and an arc at a component is read at the complex",
          where,
        );
      entities.push({
        key,
        cls,
        described,
        label: described.label,
        parentKey: toText(idAttr(g, 'compartmentRef')),
        position: centre(g),
        where,
        cloned: clone !== undefined,
        copies: 1,
      });
      // Components (and their state variables…) stand for the complex when an arc names them.
      for (const inner of Array.from(g.getElementsByTagNameNS('*', 'glyph'))) {
        const id = idAttr(inner, 'id');
        if (id !== undefined && !refs.has(id)) refs.set(id, { type: 'entity', key, component: id });
      }
    } else if (PD_PROCESS_CLASSES.has(cls)) {
      ref = { type: 'process', key };
      processes.push({ key, cls, label: labelText(g), where, inputs: [], outputs: [], modulators: [] });
    } else if (PD_LOGIC_CLASSES.has(cls)) {
      ref = { type: 'logic', key };
      logics.set(key, { key, cls, where, operands: [] });
    } else {
      const name = labelText(g);
      const what = `the ${cls || 'unclassed'} glyph${name ? ` “${name}”` : ''}`;
      ref = { type: 'skipped', what };
      warnings.add(
        SKIPPED_GLYPH[cls] ?? `glyph class "${cls || '(none)'}" is not a Process Description node; not imported`,
        where,
      );
      for (const inner of Array.from(g.getElementsByTagNameNS('*', 'glyph'))) {
        const id = idAttr(inner, 'id');
        if (id !== undefined) refs.set(id, ref);
      }
    }
    refs.set(key, ref);
    for (const port of Array.from(g.getElementsByTagNameNS('*', 'port'))) {
      const id = idAttr(port, 'id');
      if (id !== undefined && !refs.has(id)) refs.set(id, ref);
    }
  });

  // Clones: one node per cloned pool (class, decorated label, compartment), at its first glyph.
  const mergedInto = new Map<string, string>();
  const firstOf = new Map<string, Entity>();
  for (const e of entities) {
    if (!e.cloned || e.label === undefined || SOURCE_AND_SINK.has(e.cls)) continue;
    const group = `${e.cls}\u0000${e.label}\u0000${e.parentKey ?? ''}`;
    const first = firstOf.get(group);
    if (first === undefined) {
      firstOf.set(group, e);
      continue;
    }
    mergedInto.set(e.key, first.key);
    first.copies += 1;
    warnings.add(
      'glyphs with a clone marker that show the same entity pool were merged into one node, placed at the first of them',
      `${e.where} into "${first.key}"`,
    );
  }
  const entityByKey = new Map(entities.map((e) => [e.key, e]));
  const processByKey = new Map(processes.map((p) => [p.key, p]));

  /** An arc's end: its glyph (through ports, components and clones), or why it is not usable. */
  const end = (
    id: string | undefined,
    cls: string,
    where: string,
  ): Ref | { type: 'bad'; why: string } | { type: 'none' } => {
    if (id === undefined) return { type: 'none' };
    const ref = refs.get(id);
    if (ref === undefined)
      return arcIds.has(id)
        ? { type: 'bad', why: `"${cls}" arc points at another arc ("${id}"); not imported` }
        : { type: 'bad', why: `"${cls}" arc points at "${id}", which is not in the map; not imported` };
    if (ref.type === 'entity') {
      if (ref.component !== undefined)
        warnings.add(
          `an arc at "${ref.component}", inside the ${entityByKey.get(ref.key)?.cls ?? 'glyph'} "${ref.key}", was read at that ${entityByKey.get(ref.key)?.cls ?? 'glyph'}`,
          where,
        );
      return { type: 'entity', key: mergedInto.get(ref.key) ?? ref.key };
    }
    return ref;
  };
  for (const a of childElements(map, 'arc')) {
    const id = idAttr(a, 'id');
    if (id !== undefined) arcIds.add(id);
  }

  const direct: { modulation: Modulation; target: string }[] = [];
  childElements(map, 'arc').forEach((a, i) => {
    const cls = classOf(a);
    const where = attr(a, 'id') === undefined ? `arc ${i + 1}` : `arc "${attr(a, 'id')}"`;
    count(arcsFound, cls);
    for (const child of childElements(a, 'glyph')) {
      const childClass = classOf(child);
      warnings.add(
        childClass === 'cardinality' || childClass === 'stoichiometry'
          ? `stoichiometry ("${labelText(child) ?? '?'}") not imported`
          : `"${childClass || '(no class)'}" on an arc not imported`,
        where,
      );
    }
    if (cls === 'equivalence arc') {
      warnings.add('equivalence arc not imported (it ties a pool to a tag or a submap terminal)', where);
      return;
    }
    const source = end(idAttr(a, 'source'), cls, where);
    const target = end(idAttr(a, 'target'), cls, where);
    if (source.type === 'none' || target.type === 'none') {
      warnings.add('arc without source or target skipped', where);
      return;
    }
    for (const e of [source, target]) {
      if (e.type === 'bad') {
        warnings.add(e.why, where);
        return;
      }
    }
    for (const e of [source, target]) {
      if (e.type === 'skipped') {
        warnings.add(`"${cls}" arc through ${e.what} not imported`, where);
        return;
      }
      if (e.type === 'compartment') {
        warnings.add(`"${cls}" arc at the compartment "${e.key}" not imported`, where);
        return;
      }
    }
    const wrong = (expected: string) => warnings.add(`"${cls}" arc does not join ${expected}; not imported`, where);
    if (cls === 'consumption' || cls === 'production') {
      // consumption: pool → process; production: process → pool (either way round is accepted).
      const pool = source.type === 'entity' ? source : target.type === 'entity' ? target : undefined;
      const process = source.type === 'process' ? source : target.type === 'process' ? target : undefined;
      if (pool === undefined || process === undefined) {
        wrong('an entity pool and a process');
        return;
      }
      const list = processByKey.get(process.key)![cls === 'consumption' ? 'inputs' : 'outputs'];
      if (!list.includes(pool.key)) list.push(pool.key);
      return;
    }
    if (cls === 'logic arc') {
      if ((source.type !== 'entity' && source.type !== 'logic') || target.type !== 'logic') {
        wrong('an entity pool or logic operator and a logic operator');
        return;
      }
      logics.get(target.key)!.operands.push(source);
      return;
    }
    let modulation = PD_MODULATION[cls];
    if (modulation === undefined) {
      const match = relationFromName(cls);
      modulation = { relation: match.relation, verb: 'influences' };
      warnings.add(
        match.known
          ? `arc class "${cls}" is not Process Description; read as a modulation (${match.relation})`
          : `unknown arc class "${cls || '(none)'}", read as a modulation (unknown-influence)`,
        where,
      );
    }
    if (source.type !== 'entity' && source.type !== 'logic') {
      wrong('an entity pool or logic operator to a process');
      return;
    }
    const m: Modulation = { from: source, cls, relation: modulation.relation, verb: modulation.verb, where };
    if (target.type === 'process') processByKey.get(target.key)!.modulators.push(m);
    else if (target.type === 'entity') {
      const targetEntity = entityByKey.get(target.key)!;
      if (targetEntity.cls !== 'phenotype')
        warnings.add(
          `"${cls}" arc points at an entity pool, not at a process; read as a direct ${modulation.relation}`,
          where,
        );
      direct.push({ modulation: m, target: target.key });
    } else wrong('an entity pool or logic operator to a process');
  });
  for (const group of childElements(map, 'arcgroup'))
    warnings.add(`arc group "${attr(group, 'class') ?? ''}" not imported`, `arcgroup "${attr(group, 'id') ?? ''}"`);

  // Source and sink: named after what they make or take.
  for (const e of entities.filter((x) => SOURCE_AND_SINK.has(x.cls))) {
    const name = (k: string) => entityByKey.get(k)?.label ?? k;
    const made = unique(processes.filter((p) => p.inputs.includes(e.key)).flatMap((p) => p.outputs)).map(name);
    const taken = unique(processes.filter((p) => p.outputs.includes(e.key)).flatMap((p) => p.inputs)).map(name);
    e.label = made.length ? `∅ → ${made.join(', ')}` : taken.length ? `${taken.join(', ')} → ∅` : '∅';
    const what = [
      ...(made.length ? [`${made.join(', ')} made from an unspecified source`] : []),
      ...(taken.length ? [`${taken.join(', ')} degraded or taken into an unspecified sink`] : []),
    ];
    e.description = `SBGN Process Description source and sink (∅)${what.length ? `: ${what.join('; ')}` : ''}. Imported from SBGN-ML.`;
  }
  const labelOf = (k: string) => entityByKey.get(k)?.label ?? k;

  // The modulators behind a modulation: pools, or the operands of logic operators (recursively).
  const usedLogic = new Set<string>();
  const actors = (
    from: Ref,
    relation: Relation,
    via: readonly string[],
    seen: ReadonlySet<string>,
  ): { key: string; relation: Relation; via: readonly string[] }[] => {
    if (from.type === 'entity') return [{ key: from.key, relation, via }];
    if (from.type !== 'logic' || seen.has(from.key)) return [];
    const logic = logics.get(from.key)!;
    usedLogic.add(logic.key);
    const next = logic.cls === 'not' ? NOT_RELATION[relation] : relation;
    return logic.operands.flatMap((o) => actors(o, next, [...via, logic.cls], new Set([...seen, logic.key])));
  };
  /**
   * What a modulation says: `K stimulates the process S → T`, or, through logic operators, `K feeds
   * the logic operator “not” in front of the stimulation of the process S → T` (the sign may turn).
   */
  const modulates = (actor: { key: string; via: readonly string[] }, m: Modulation, what: string): string =>
    actor.via.length === 0
      ? `${labelOf(actor.key)} ${m.verb} ${what}`
      : `${labelOf(actor.key)} feeds the logic operator${actor.via.length > 1 ? 's' : ''} ${actor.via.map((v) => `“${v}”`).join(', ')} in front of the ${m.cls} of ${what}`;

  const made = new Map<string, Made>();
  const add = (m: Omit<Made, 'more'>) => {
    const [a, b] = m.relation === 'binds' ? [m.source, m.target].sort() : [m.source, m.target];
    const k = `${a}\u0000${m.relation}\u0000${b}`;
    const prev = made.get(k);
    if (prev) prev.more += 1;
    else made.set(k, { ...m, more: 0 });
  };
  const isVoid = (k: string) => SOURCE_AND_SINK.has(entityByKey.get(k)?.cls ?? '');
  const side = (keys: readonly string[]) => keys.map((k) => (isVoid(k) ? '∅' : labelOf(k))).join(' + ') || '∅';
  for (const p of processes) {
    // `the process ATP + IRS1-4 → ADP + IRS1-4 (P)`, or the process's own label.
    const named = `the ${p.cls} ${p.label ? `“${p.label}”` : `${side(p.inputs)} → ${side(p.outputs)}`}`;
    if (p.outputs.length === 0) {
      warnings.add(
        `${p.cls} without a product (no production arc): its inputs and modulators were not converted`,
        p.where,
      );
      continue;
    }
    for (const m of p.modulators)
      for (const actor of actors(m.from, m.relation, [], new Set()))
        for (const out of p.outputs)
          add({
            source: actor.key,
            target: out,
            relation: actor.relation,
            claim: `${modulates(actor, m, named)}; read here as ${RELATION_WORDS[actor.relation]} on the product ${labelOf(out)} (an SBGN Process Description ${m.cls} arc).`,
            where: m.where,
            origin: 'modulator',
          });
    for (const input of p.inputs)
      for (const out of p.outputs) {
        if (input === out) {
          warnings.add(
            `"${labelOf(input)}" is both an input and a product of the same process; no influence on itself was made`,
            p.where,
          );
          continue;
        }
        add({
          source: input,
          target: out,
          relation: 'positive-influence',
          claim: isVoid(input)
            ? `${named.charAt(0).toUpperCase()}${named.slice(1)} makes ${labelOf(out)} from an unspecified source (∅ in SBGN Process Description); read here as a positive influence of the source on ${labelOf(out)}.`
            : `${labelOf(input)} is an input of ${named}; read here as a positive influence on the product ${labelOf(out)}: the more ${labelOf(input)}, the more ${labelOf(out)} (SBGN Process Description; that ${labelOf(input)} is used up is not shown).`,
          where: p.where,
          origin: 'input',
        });
      }
    if (p.cls === 'association') {
      const partners = p.inputs.filter((k) => !SOURCE_AND_SINK.has(entityByKey.get(k)?.cls ?? ''));
      partners.forEach((x, i) =>
        partners.slice(i + 1).forEach((y) =>
          add({
            source: x,
            target: y,
            relation: 'binds',
            claim: `${labelOf(x)} and ${labelOf(y)} bind, associating into ${side(p.outputs)} (an SBGN Process Description association).`,
            where: p.where,
            origin: 'binds',
          }),
        ),
      );
    }
  }
  for (const { modulation: m, target } of direct)
    for (const actor of actors(m.from, m.relation, [], new Set()))
      add({
        source: actor.key,
        target,
        relation: actor.relation,
        claim: `${modulates(actor, m, labelOf(target))}; read here as ${RELATION_WORDS[actor.relation]} on it (an SBGN Process Description ${m.cls} arc).`,
        where: m.where,
        origin: 'direct',
      });
  for (const logic of logics.values()) {
    if (!usedLogic.has(logic.key))
      warnings.add(`logic operator "${logic.cls}" modulates no process or phenotype; not imported`, logic.where);
    else if (logic.operands.length === 0)
      warnings.add(`logic operator "${logic.cls}" has no input; nothing was converted through it`, logic.where);
    else
      warnings.add(
        logic.cls === 'not'
          ? 'logic operator "not" converted: its input modulates with the sign turned (positive ↔ negative; a necessary stimulation through "not" is read as a negative influence)'
          : `logic operator "${logic.cls}" converted: each of its inputs modulates on its own${logic.cls === 'and' ? ' (that they act only together is lost)' : ''}`,
        logic.where,
      );
  }

  const edges: DraftEdge[] = [...made.values()].map((m) => ({
    sourceKey: m.source,
    targetKey: m.target,
    relation: m.relation,
    claim: m.more ? `${m.claim} The map gives this ${plural(m.more, 'more time')}.` : m.claim,
    where: m.where,
  }));
  if (edges.length === 0) {
    const list = (found: Map<string, number>) => [...found].map(([cls, n]) => `${cls} ×${n}`).join(', ') || 'none';
    return {
      result: {
        ok: false,
        errors: [
          {
            path: 'sbgn.map',
            message: `this SBGN Process Description map has nothing that converts to an influence (glyphs: ${list(glyphsFound)}; arcs: ${list(arcsFound)}); an influence needs a process with a product and an input or a modulator, or an arc that modulates a phenotype`,
          },
          ...warnings.list().map((w) => ({ path: '(warning)', message: w })),
        ],
      },
    };
  }

  const byOrigin = (o: Origin) => [...made.values()].filter((m) => m.origin === o).length;
  const parts = [
    [byOrigin('modulator'), 'from modulators of a process to its products'],
    [byOrigin('input'), 'from inputs to products'],
    [byOrigin('binds'), 'binds between the inputs of an association'],
    [byOrigin('direct'), 'from arcs that modulate a phenotype or pool directly'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, what]) => `${n} ${what}`);
  const notice =
    `Converted from SBGN Process Description: ${plural(processes.length, 'process', 'processes')} became ` +
    `${plural(edges.length, 'influence')} (${parts.join(', ')}). Processes are not nodes here: a catalysis or ` +
    'stimulation of a process is read as a positive influence on each of its products, a necessary stimulation ' +
    'as necessary-stimulation, an inhibition as a negative and a modulation as an unknown influence; each input ' +
    'of a process is a positive influence on each product, and the inputs of an association bind each other. ' +
    'Lost: the process nodes, that inputs are used up, stoichiometry, ports and arc routes.';

  const kindOf = (cls: string): NodeKind => PD_ENTITY_KIND[cls] ?? 'concept';
  const nodes: DraftNode[] = [
    ...compartments,
    ...entities
      .filter((e) => !mergedInto.has(e.key))
      .map((e) => ({
        key: e.key,
        label: e.label,
        kind: kindOf(e.cls),
        description: e.description ?? entityDescription(e),
        synonyms: e.described.own !== undefined && e.described.own !== e.label ? [e.described.own] : undefined,
        parentKey: e.parentKey,
        position: e.position,
        where: e.where,
      })),
  ];
  return { nodes, edges, notice, warnings };
}
