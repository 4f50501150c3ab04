/**
 * SBGN-ML Process Description import (src/model/formats/sbgnml/pd.ts): processes become influences
 * on their products, logic operators are unfolded, other languages are refused. Small hand-written
 * maps; the real files are in sbgnml-pd-real.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { importSbgnml } from '../../../src/model/formats/sbgnml/read';
import type { Pathway } from '../../../src/model/types';
import { failed, formatFixture, imported, junk, triples, truncations } from './helpers';

const PD_VERSION = 'http://identifiers.org/combine.specifications/sbgn.pd.level-1.version-2.0';

/** A one-map SBGN-ML file (libsbgn 0.2 unless a 0.3 `version` is given). */
const sbgn = (body: string, mapAttrs = 'language="process description"', ns = '0.2') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sbgn xmlns="http://sbgn.org/libsbgn/${ns}"><map id="m" ${mapAttrs}>${body}</map></sbgn>`;
const glyph = (id: string, cls: string, label?: string, inner = '', attrs = '') =>
  `<glyph id="${id}" class="${cls}"${attrs}>${label === undefined ? '' : `<label text="${label}"/>`}${inner}<bbox x="0" y="0" w="40" h="20"/></glyph>`;
const processGlyph = (id: string, cls = 'process') =>
  `<glyph id="${id}" class="${cls}"><bbox x="0" y="0" w="10" h="10"/><port id="${id}.1" x="-5" y="5"/><port id="${id}.2" x="15" y="5"/></glyph>`;
const arc = (id: string, cls: string, source: string, target: string, inner = '') =>
  `<arc id="${id}" class="${cls}" source="${source}" target="${target}">${inner}<start x="0" y="0"/><end x="1" y="1"/></arc>`;
const state = (value: string, variable?: string) =>
  `<glyph id="sv${value}${variable ?? ''}" class="state variable"><state value="${value}"${variable ? ` variable="${variable}"` : ''}/><bbox x="0" y="0" w="5" h="5"/></glyph>`;

const RULES =
  'Processes are not nodes here: a catalysis or stimulation of a process is read as a positive influence on each of its products, a necessary stimulation as necessary-stimulation, an inhibition as a negative and a modulation as an unknown influence; each input of a process is a positive influence on each product, and the inputs of an association bind each other. Lost: the process nodes, that inputs are used up, stoichiometry, ports and arc routes.';

const labels = (p: Pathway) => Object.fromEntries(p.nodes.map((n) => [n.id, n.label]));
const kinds = (p: Pathway) => Object.fromEntries(p.nodes.map((n) => [n.id, n.kind]));
const claimOf = (p: Pathway, source: string, target: string) =>
  p.edges.find((e) => e.source === source && e.target === target)?.claim;

describe('SBGN-ML Process Description: processes → influences', () => {
  it('an inhibited, catalysed phosphorylation: modulators act on the product, the input is a positive influence', () => {
    const text = sbgn(
      glyph('a', 'macromolecule', 'AKT1') +
        glyph('b', 'macromolecule', 'AKT1', state('P', 'S473')) +
        glyph('k', 'macromolecule', 'PDK2') +
        glyph('i', 'simple chemical', 'MK-2206') +
        processGlyph('p1') +
        arc('r1', 'consumption', 'a', 'p1.1') +
        arc('r2', 'production', 'p1.2', 'b') +
        arc('r3', 'catalysis', 'k', 'p1') +
        arc('r4', 'inhibition', 'i', 'p1'),
    );
    const { pathway, warnings } = imported(importSbgnml(text, 'akt.sbgn'));
    expect(triples(pathway)).toEqual(['a positive-influence b', 'i negative-influence b', 'k positive-influence b']);
    expect(labels(pathway)).toEqual({ a: 'AKT1', b: 'AKT1 (P@S473)', k: 'PDK2', i: 'MK-2206' });
    expect(kinds(pathway)).toEqual({ a: 'protein', b: 'protein', k: 'protein', i: 'small-molecule' });
    expect(claimOf(pathway, 'i', 'b')).toBe(
      'MK-2206 inhibits the process AKT1 → AKT1 (P@S473); read here as a negative influence on the product AKT1 (P@S473) (an SBGN Process Description inhibition arc).',
    );
    expect(claimOf(pathway, 'a', 'b')).toBe(
      'AKT1 is an input of the process AKT1 → AKT1 (P@S473); read here as a positive influence on the product AKT1 (P@S473): the more AKT1, the more AKT1 (P@S473) (SBGN Process Description; that AKT1 is used up is not shown).',
    );
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 1 process became 3 influences (2 from modulators of a process to its products, 1 from inputs to products). ${RULES}`,
      'state variables and units of information are written into the label ("P@S473" is the state P at S473; "ct:" is dropped); material types such as mt:prot only into the description (glyph "b")',
    ]);
    expect(
      pathway.description.startsWith('Converted from SBGN Process Description: 1 process became 3 influences'),
    ).toBe(true);
  });

  it('necessary stimulation and modulation, in a map that names PD only by its 0.3 version URI', () => {
    const text = sbgn(
      glyph('x', 'macromolecule', 'pro-caspase 3') +
        glyph('y', 'macromolecule', 'caspase 3') +
        glyph(
          'n',
          'nucleic acid feature',
          'XIAP',
          '<glyph id="u1" class="unit of information"><label text="ct:gene"/></glyph>',
        ) +
        glyph('m', 'unspecified entity', 'stress') +
        processGlyph('p', 'uncertain process') +
        arc('r1', 'consumption', 'x', 'p') +
        arc('r2', 'production', 'p', 'y') +
        arc('r3', 'necessary stimulation', 'n', 'p') +
        arc('r4', 'modulation', 'm', 'p'),
      `version="${PD_VERSION}"`,
      '0.3',
    );
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(triples(pathway)).toEqual(['m unknown-influence y', 'n necessary-stimulation y', 'x positive-influence y']);
    expect(labels(pathway).n).toBe('XIAP (gene)');
    expect(kinds(pathway)).toMatchObject({ n: 'protein', m: 'concept' });
    expect(warnings[0]).toBe(
      `Converted from SBGN Process Description: 1 process became 3 influences (2 from modulators of a process to its products, 1 from inputs to products). ${RULES}`,
    );
    expect(warnings.some((w) => /does not name its language/.test(w))).toBe(false);
  });

  it('logic operators: each operand modulates on its own, "not" turns the sign; an unused operator is named', () => {
    const text = sbgn(
      glyph('k', 'macromolecule', 'K') +
        glyph('l', 'macromolecule', 'L') +
        glyph('r', 'macromolecule', 'R') +
        glyph('q', 'macromolecule', 'Q') +
        glyph('s', 'macromolecule', 'S') +
        glyph('t', 'macromolecule', 'T') +
        processGlyph('and1', 'and') +
        processGlyph('not1', 'not') +
        processGlyph('not2', 'not') +
        processGlyph('or1', 'or') +
        processGlyph('p') +
        arc('r1', 'logic arc', 'k', 'not1.1') +
        arc('r2', 'logic arc', 'not1.2', 'and1.1') +
        arc('r3', 'logic arc', 'l', 'and1.1') +
        arc('r4', 'stimulation', 'and1.2', 'p') +
        arc('r5', 'logic arc', 'r', 'not2') +
        arc('r6', 'necessary stimulation', 'not2', 'p') +
        arc('r7', 'logic arc', 'q', 'or1') +
        arc('r8', 'consumption', 's', 'p.1') +
        arc('r9', 'production', 'p.2', 't'),
    );
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(triples(pathway)).toEqual([
      'k negative-influence t',
      'l positive-influence t',
      'r negative-influence t',
      's positive-influence t',
    ]);
    expect(claimOf(pathway, 'k', 't')).toBe(
      'K feeds the logic operators “and”, “not” in front of the stimulation of the process S → T; read here as a negative influence on the product T (an SBGN Process Description stimulation arc).',
    );
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 1 process became 4 influences (3 from modulators of a process to its products, 1 from inputs to products). ${RULES}`,
      'logic operator "and" converted: each of its inputs modulates on its own (that they act only together is lost) (glyph "and1")',
      'logic operator "not" converted: its input modulates with the sign turned (positive ↔ negative; a necessary stimulation through "not" is read as a negative influence) (glyph "not1", glyph "not2")',
      'logic operator "or" modulates no process or phenotype; not imported (glyph "or1")',
    ]);
  });

  it('association (inputs bind), dissociation, degradation into ∅ and an arc from a complex component', () => {
    const text = sbgn(
      glyph('a', 'macromolecule', 'Ras') +
        glyph('b', 'macromolecule', 'Raf') +
        glyph('ab', 'complex', undefined, glyph('a1', 'macromolecule', 'Ras') + glyph('b1', 'macromolecule', 'Raf')) +
        glyph('x', 'macromolecule', 'IκB') +
        glyph('e3', 'complex', 'SCF-βTrCP') +
        glyph('sk', 'source and sink') +
        processGlyph('as1', 'association') +
        processGlyph('ds1', 'dissociation') +
        processGlyph('om', 'omitted process') +
        arc('r1', 'consumption', 'a', 'as1') +
        arc('r2', 'consumption', 'b', 'as1') +
        arc('r3', 'production', 'as1', 'ab') +
        arc('r4', 'consumption', 'ab', 'ds1') +
        arc('r5', 'production', 'ds1', 'a') +
        arc('r6', 'production', 'ds1', 'b') +
        arc('r7', 'consumption', 'x', 'om') +
        arc('r8', 'production', 'om', 'sk') +
        arc('r9', 'catalysis', 'e3', 'om') +
        arc('r10', 'inhibition', 'b1', 'om'),
    );
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(triples(pathway)).toEqual([
      'a binds b',
      'a positive-influence ab',
      'ab negative-influence sk',
      'ab positive-influence a',
      'ab positive-influence b',
      'b positive-influence ab',
      'e3 positive-influence sk',
      'x positive-influence sk',
    ]);
    expect(labels(pathway)).toMatchObject({ ab: 'Ras:Raf', sk: 'IκB → ∅' });
    expect(kinds(pathway)).toMatchObject({ ab: 'complex', sk: 'process', e3: 'complex' });
    expect(claimOf(pathway, 'a', 'b')).toBe(
      'Ras and Raf bind, associating into Ras:Raf (an SBGN Process Description association).',
    );
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 3 processes became 8 influences (2 from modulators of a process to its products, 5 from inputs to products, 1 binds between the inputs of an association). ${RULES}`,
      `a complex's components are not nodes: the complex's label or description names them, and an arc at a component is read at the complex (glyph "ab")`,
      'an arc at "b1", inside the complex "ab", was read at that complex (arc "r10")',
    ]);
  });

  it('clones of one pool in one compartment become one node; other compartments and unmarked glyphs stay apart', () => {
    const atp = (id: string, attrs: string, clone = true) =>
      glyph(id, 'simple chemical', 'ATP', clone ? '<clone/>' : '', attrs);
    const text = sbgn(
      glyph('cyto', 'compartment', 'cytosol') +
        glyph('mito', 'compartment', 'mitochondrion') +
        atp('atp1', ' compartmentRef="cyto"') +
        atp('atp2', ' compartmentRef="cyto"') +
        atp('atp3', ' compartmentRef="mito"') +
        atp('atp4', ' compartmentRef="cyto"', false) +
        glyph('adp', 'simple chemical', 'ADP', '', ' compartmentRef="cyto"') +
        processGlyph('p1') +
        processGlyph('p2') +
        arc('r1', 'consumption', 'atp1', 'p1') +
        arc('r2', 'production', 'p1', 'adp') +
        arc('r3', 'consumption', 'atp2', 'p2') +
        arc('r4', 'production', 'p2', 'adp') +
        arc('r5', 'consumption', 'atp3', 'p2') +
        arc('r6', 'consumption', 'atp4', 'p2'),
    );
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(pathway.nodes.map((n) => `${n.id} ${n.parent ?? ''}`)).toEqual([
      'cyto ',
      'mito ',
      'atp1 cyto',
      'atp3 mito',
      'atp4 cyto',
      'adp cyto',
    ]);
    expect(triples(pathway)).toEqual([
      'atp1 positive-influence adp',
      'atp3 positive-influence adp',
      'atp4 positive-influence adp',
    ]);
    expect(claimOf(pathway, 'atp1', 'adp')).toMatch(/The map gives this 1 more time\.$/);
    expect(warnings.slice(1)).toEqual([
      'glyphs with a clone marker that show the same entity pool were merged into one node, placed at the first of them (glyph "atp2" into "atp1")',
    ]);
  });
});

describe('SBGN-ML Process Description: what is not converted', () => {
  it('names tags, submaps, equivalence arcs, arcs into arcs or nowhere, stoichiometry and foreign arc classes', () => {
    const body =
      glyph('a', 'macromolecule', 'A') +
      glyph('b', 'macromolecule', 'B') +
      glyph('ph', 'phenotype', 'apoptosis') +
      glyph('t1', 'tag', 'A') +
      glyph('sub', 'submap', 'MAPK cascade', glyph('term', 'terminal', 'B')) +
      processGlyph('p') +
      arc('r1', 'consumption', 'a', 'p', '<glyph id="st1" class="cardinality"><label text="2"/></glyph>') +
      arc('r2', 'production', 'p', 'b') +
      arc('r3', 'equivalence arc', 'a', 't1') +
      arc('r4', 'stimulation', 'b', 'r2') +
      arc('r5', 'stimulation', 'ghost', 'p') +
      arc('r6', 'catalysis', 'term', 'p') +
      arc('r7', 'positive influence', 'b', 'ph') +
      arc('r8', 'inhibition', 'a', 'b') +
      arc('r9', 'wobble', 'a', 'p') +
      arc('r10', 'production', 'a', 'b');
    const text = `<sbgn xmlns="http://sbgn.org/libsbgn/0.2"><map id="m1" language="process description">${body}</map><map id="m2" language="process description"/></sbgn>`;
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(triples(pathway)).toEqual([
      'a negative-influence b',
      'a positive-influence b',
      'a unknown-influence b',
      'b positive-influence ph',
    ]);
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 1 process became 4 influences (1 from modulators of a process to its products, 1 from inputs to products, 2 from arcs that modulate a phenotype or pool directly). ${RULES}`,
      'map 2 ("m2") not imported: only the first map is read',
      'a tag points to another map or a submap; not imported (glyph "t1")',
      'a submap is not converted: its content is not in this map, and the arcs to its terminals are lost (glyph "sub")',
      'stoichiometry ("2") not imported (arc "r1")',
      'equivalence arc not imported (it ties a pool to a tag or a submap terminal) (arc "r3")',
      '"stimulation" arc points at another arc ("r2"); not imported (arc "r4")',
      '"stimulation" arc points at "ghost", which is not in the map; not imported (arc "r5")',
      '"catalysis" arc through the submap glyph “MAPK cascade” not imported (arc "r6")',
      'arc class "positive influence" is not Process Description; read as a modulation (positive-influence) (arc "r7")',
      '"inhibition" arc points at an entity pool, not at a process; read as a direct negative-influence (arc "r8")',
      'unknown arc class "wobble", read as a modulation (unknown-influence) (arc "r9")',
      '"production" arc does not join an entity pool and a process; not imported (arc "r10")',
    ]);
  });

  it('a map with only entity pools fails, naming what it found', () => {
    const text = sbgn(
      glyph('cell', 'compartment', 'cell') +
        glyph('a', 'macromolecule', 'A', '', ' compartmentRef="cell"') +
        glyph('b', 'macromolecule', 'B', '', ' compartmentRef="cell"'),
    );
    expect(failed(importSbgnml(text))).toEqual([
      'sbgn.map: this SBGN Process Description map has nothing that converts to an influence (glyphs: compartment ×1, macromolecule ×2; arcs: none); an influence needs a process with a product and an input or a modulator, or an arc that modulates a phenotype',
    ]);
    const noProduct = sbgn(glyph('a', 'macromolecule', 'A') + processGlyph('p') + arc('r1', 'consumption', 'a', 'p'));
    expect(failed(importSbgnml(noProduct))).toEqual([
      'sbgn.map: this SBGN Process Description map has nothing that converts to an influence (glyphs: macromolecule ×1, process ×1; arcs: consumption ×1); an influence needs a process with a product and an input or a modulator, or an arc that modulates a phenotype',
      '(warning): process without a product (no production arc): its inputs and modulators were not converted (glyph "p")',
    ]);
  });

  it('never throws on junk or a truncated Process Description file', () => {
    const inputs = [
      ...Array.from({ length: 6 }, (_, i) => junk(i + 41, 300)),
      ...truncations(formatFixture('real/libsbgn-activated_stat1alpha_induction_of_the_irf1_gene.sbgn')),
    ];
    for (const input of inputs) {
      const result = importSbgnml(input);
      expect(result.ok ? result.pathway.edges.length > 0 : result.errors[0]!.message.length > 0).toBe(true);
    }
  });
});

describe('SBGN-ML languages', () => {
  it('refuses an Entity Relationship map, by its language or its 0.3 version URI, and names it', () => {
    expect(failed(importSbgnml(sbgn(glyph('a', 'entity', 'A'), 'language="entity relationship"')))).toEqual([
      'sbgn.map: this is an SBGN Entity Relationship map (language="entity relationship"); only Activity Flow and Process Description maps can be imported',
    ]);
    const er = 'http://identifiers.org/combine.specifications/sbgn.er.level-1.version-2.0';
    expect(failed(importSbgnml(sbgn(glyph('a', 'entity', 'A'), `version="${er}"`, '0.3')))).toEqual([
      `sbgn.map: this is an SBGN Entity Relationship map (version="${er}"); only Activity Flow and Process Description maps can be imported`,
    ]);
    // Newt writes its own languages (`sbml`, `sif`, `hybrid any`)
    expect(failed(importSbgnml(sbgn('', 'language="sbml"')))).toEqual([
      'sbgn.map: this is an SBGN "sbml" map; only Activity Flow (language="activity flow") and Process Description (language="process description") maps can be imported',
    ]);
  });

  it('reads an Activity Flow map named only by its 0.3 version URI as Activity Flow, without a warning', () => {
    const af = 'http://identifiers.org/combine.specifications/sbgn.af.level-1.version-1.2';
    const text = sbgn(
      glyph('x', 'biological activity', 'X') + glyph('y', 'phenotype', 'Y') + arc('r', 'positive influence', 'x', 'y'),
      `version="${af}"`,
      '0.3',
    );
    const { pathway, warnings } = imported(importSbgnml(text));
    expect(triples(pathway)).toEqual(['x positive-influence y']);
    expect(warnings).toEqual([]);
  });
});
