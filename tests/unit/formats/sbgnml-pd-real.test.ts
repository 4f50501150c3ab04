/**
 * SBGN-ML Process Description maps written by other tools, converted to influences on import
 * (src/model/formats/sbgnml/pd.ts). Sources and licences: tests/fixtures/formats/SOURCES.md.
 */
import { describe, expect, it } from 'vitest';
import { importSbgnml } from '../../../src/model/formats/sbgnml/read';
import type { Pathway } from '../../../src/model/types';
import { formatFixture, imported, positions, triples } from './helpers';

/** `label | kind | parent` per node id. */
const table = (p: Pathway): Record<string, string> =>
  Object.fromEntries(p.nodes.map((n) => [n.id, `${n.label} | ${n.kind} | ${n.parent ?? ''}`]));

/** The edges that end at `target`, as triples. */
const into = (p: Pathway, target: string): string[] => triples(p).filter((t) => t.endsWith(` ${target}`));

const edge = (p: Pathway, source: string, target: string) => {
  const found = p.edges.find((e) => e.source === source && e.target === target);
  if (!found) throw new Error(`no edge ${source} → ${target}`);
  return found;
};

const RULES =
  'Processes are not nodes here: a catalysis or stimulation of a process is read as a positive influence on each of its products, a necessary stimulation as necessary-stimulation, an inhibition as a negative and a modulation as an unknown influence; each input of a process is a positive influence on each product, and the inputs of an association bind each other. Lost: the process nodes, that inputs are used up, stoichiometry, ports and arc routes.';
const STATES_IN_LABELS =
  'state variables and units of information are written into the label ("P@S473" is the state P at S473; "ct:" is dropped); material types such as mt:prot only into the description';
const COMPONENTS =
  "a complex's components are not nodes: the complex's label or description names them, and an arc at a component is read at the complex";

describe('SBGN-ML Process Description, real files', () => {
  it('Reactome export (R-HSA-72086, mRNA Capping): readable names, compartments from the drawing alone', () => {
    const file = 'sciluna-R-HSA-72086.sbgn';
    const { pathway, warnings } = imported(importSbgnml(formatFixture(`real/${file}`), file));
    expect(pathway.nodes).toHaveLength(28);
    expect(pathway.edges).toHaveLength(40);
    const rows = table(pathway);
    expect(rows).toMatchObject({
      'compartmentvertex-70101-6': 'cytosol | compartment | ',
      // Drawn inside the cytosol's box; the file names no compartment for anything.
      'compartmentvertex-7660-7': 'nucleoplasm | compartment | compartmentvertex-70101-6',
      'entityvertex-77063-5': 'Capping complex (initial) | complex | compartmentvertex-7660-7',
    });
    const labels = pathway.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['RNGTT', 'AdoMet', 'p-SUPT5H (P)']));
    // Every entity is drawn in the nucleoplasm.
    expect(pathway.nodes.filter((n) => n.parent === 'compartmentvertex-7660-7')).toHaveLength(26);
    expect(warnings[0]).toMatch(/^Converted from SBGN Process Description: 11 processes became 40 influences/);
    expect(warnings).toContain(
      'the map names no compartment for any glyph (compartmentRef): 27 were put in the compartment drawn around them',
    );
    expect(triples(pathway).filter((t) => t.includes(' binds '))).toHaveLength(9);
  });

  it('libSBGN example (language="process description"): IRF1 induction, with an "and", an association and ∅', () => {
    const file = 'libsbgn-activated_stat1alpha_induction_of_the_irf1_gene.sbgn';
    const { pathway, warnings } = imported(importSbgnml(formatFixture(`real/${file}`), file));
    expect(table(pathway)).toEqual({
      glyph8: '∅ → IRF1 (mRNA) | process | ',
      glyph3: 'IRF1 (mRNA) | protein | ',
      glyph7: '∅ → IRF1 | process | ',
      glyph15: 'IRF1 | protein | ',
      glyph14: 'IRF1 (gene) | protein | ',
      glyph13: 'STAT1α (P@Y701, P@Y727):IRF1-GAS (grr) | complex | ',
      glyph0: 'STAT1α (P@Y701, P@Y727) complex | complex | ',
      glyph2: 'IRF1-GAS (grr) | protein | ',
    });
    expect(triples(pathway)).toEqual([
      'glyph0 binds glyph2',
      'glyph0 positive-influence glyph13',
      'glyph13 necessary-stimulation glyph3',
      'glyph14 necessary-stimulation glyph3',
      'glyph2 positive-influence glyph13',
      'glyph3 necessary-stimulation glyph15',
      'glyph7 positive-influence glyph15',
      'glyph8 positive-influence glyph3',
    ]);
    // transcription of IRF1 needs the gene AND the STAT1α:GAS complex: each is necessary on its own
    expect(into(pathway, 'glyph3')).toEqual([
      'glyph13 necessary-stimulation glyph3',
      'glyph14 necessary-stimulation glyph3',
      'glyph8 positive-influence glyph3',
    ]);
    expect(edge(pathway, 'glyph14', 'glyph3').claim).toBe(
      'IRF1 (gene) feeds the logic operator “and” in front of the necessary stimulation of the process ∅ → IRF1 (mRNA); read here as a necessary stimulation on the product IRF1 (mRNA) (an SBGN Process Description necessary stimulation arc).',
    );
    expect(pathway.nodes.find((n) => n.id === 'glyph3')).toMatchObject({
      synonyms: ['IRF1'],
      description:
        'SBGN Process Description nucleic acid feature “IRF1”; units of information ct:mRNA. Imported from SBGN-ML.',
    });
    expect(positions(pathway).glyph3).toEqual({ x: 560, y: 630 });
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 3 processes became 8 influences (3 from modulators of a process to its products, 4 from inputs to products, 1 binds between the inputs of an association). ${RULES}`,
      `${STATES_IN_LABELS} (glyph "glyph3", glyph "glyph14", glyph "glyph2")`,
      `${COMPONENTS} (glyph "glyph13", glyph "glyph0")`,
      'logic operator "and" converted: each of its inputs modulates on its own (that they act only together is lost) (glyph "glyph4")',
    ]);
    expect(pathway.description).toMatch(/^Converted from SBGN Process Description: 3 processes became 8 influences/);
  });

  it('libSBGN test file (0.3 version URI): IGF signalling, compartments, clones, a submap, a phenotype', () => {
    const file = 'libsbgn-insulin-like_growth_factor_signaling.sbgn';
    const { pathway, warnings } = imported(importSbgnml(formatFixture(`real/${file}`), file));
    const nodes = table(pathway);
    expect(Object.keys(nodes)).toHaveLength(23);
    expect(nodes).toMatchObject({
      glyph1: 'cytosol | compartment | ',
      glyph40: 'extracellular | compartment | ',
      glyph0: 'IGF | protein | glyph40',
      glyph2: 'IGFR | protein | glyph1',
      glyph5: 'IGF:IGFR | complex | glyph1',
      glyph9: 'ATP | small-molecule | glyph1',
      glyph12: 'Grb2 (inactive) | protein | glyph1',
      glyph18: 'SOS:Grb2 (active) | complex | glyph1',
      glyph31: 'ERK (2P) | protein | glyph1',
      glyph38: 'IRS1-4 | protein | glyph1',
      glyph7: 'IRS1-4 (P) | protein | glyph1',
      glyph36: 'gene transcription | phenotype | ',
    });
    // the three ATP and three ADP clones are one node each, at the first glyph
    for (const merged of ['glyph28', 'glyph34', 'glyph29', 'glyph33']) expect(nodes[merged]).toBeUndefined();
    expect(positions(pathway).glyph9).toEqual({ x: 300, y: 320 });
    expect(pathway.nodes.find((n) => n.id === 'glyph9')?.description).toBe(
      'SBGN Process Description simple chemical “ATP”; drawn 3 times in the map (clone marker). Imported from SBGN-ML.',
    );
    // IRS1-4 phosphorylation (process glyph8), catalysed by IGF:IGFR: ATP + IRS1-4 → ADP + IRS1-4 (P)
    expect(into(pathway, 'glyph7')).toEqual([
      'glyph38 positive-influence glyph7',
      'glyph5 positive-influence glyph7',
      'glyph9 positive-influence glyph7',
    ]);
    expect(edge(pathway, 'glyph5', 'glyph7').claim).toBe(
      'IGF:IGFR catalyses the process ATP + IRS1-4 → ADP + IRS1-4 (P); read here as a positive influence on the product IRS1-4 (P) (an SBGN Process Description catalysis arc).',
    );
    // ATP → ADP comes from three phosphorylations: one edge that says so
    expect(edge(pathway, 'glyph9', 'glyph10').claim).toMatch(/The map gives this 2 more times\.$/);
    // the association IGF + IGFR → IGF:IGFR; the phenotype is stimulated directly
    expect(triples(pathway)).toContain('glyph2 binds glyph0');
    expect(into(pathway, 'glyph36')).toEqual(['glyph35 positive-influence glyph36']);
    expect(pathway.edges).toHaveLength(31);
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 7 processes became 31 influences (9 from modulators of a process to its products, 19 from inputs to products, 2 binds between the inputs of an association, 1 from arcs that modulate a phenotype or pool directly). ${RULES}`,
      `${COMPONENTS} (glyph "glyph5", glyph "glyph18")`,
      `${STATES_IN_LABELS} (glyph "glyph12", glyph "glyph20", glyph "glyph30", glyph "glyph35", glyph "glyph7", glyph "glyph31", glyph "glyph21", glyph "glyph11")`,
      'a submap is not converted: its content is not in this map, and the arcs to its terminals are lost (glyph "glyph24")',
      'glyphs with a clone marker that show the same entity pool were merged into one node, placed at the first of them (glyph "glyph29" into "glyph10", glyph "glyph28" into "glyph9", glyph "glyph33" into "glyph10", glyph "glyph34" into "glyph9")',
      'equivalence arc not imported (it ties a pool to a tag or a submap terminal) (arc "a26", arc "a27")',
    ]);
  });

  it('Newt sample (libsbgn 0.2, BOM, render extensions): CaM/CaMK signalling, nested compartments, a dissociation', () => {
    const file = 'newt-cam-camk_dependent_signaling_to_the_nucleus.nwt';
    const { pathway, warnings } = imported(importSbgnml(formatFixture(`real/${file}`), file));
    const nodes = table(pathway);
    expect(Object.keys(nodes)).toHaveLength(26);
    expect(nodes).toMatchObject({
      glyph0: 'neuron | compartment | ',
      glyph1: 'nucleus | compartment | glyph0',
      glyph2: 'Ca/Cam/gCaMKK complex | complex | glyph1',
      glyph6: 'Ca/Cam/gCaMKIV complex (CaMKIV P@T196) | complex | glyph1',
      glyph24: 'γCaMKII (P@S334) | protein | glyph0',
      glyph28: 'CREB (P) | protein | glyph1',
      glyph9: 'Gene expression | phenotype | glyph1',
      glyph19: 'depolarization | drug | ',
      'b6769d7e-7ff6-11a0-2620-b71d9cf91ded': 'Cav1 (close) | protein | ',
      '364697a4-255c-6c48-1fed-a8e91a24fc67': 'Cav1 (open) | protein | ',
    });
    // CaMKIV phosphorylation (process glyph60): the catalysis arc starts at CaMKK inside the complex glyph2
    expect(into(pathway, 'glyph6')).toEqual(['glyph2 positive-influence glyph6', 'glyph4 positive-influence glyph6']);
    // the dissociation glyph61 of the nuclear Ca/CaM/γCaMKII complex
    expect(triples(pathway).filter((t) => t.startsWith('glyph3 '))).toEqual([
      'glyph3 positive-influence glyph17',
      'glyph3 positive-influence glyph22',
    ]);
    // depolarization is necessary for opening Cav1; open Cav1 lets Ca++ in
    expect(into(pathway, '364697a4-255c-6c48-1fed-a8e91a24fc67')).toEqual([
      'b6769d7e-7ff6-11a0-2620-b71d9cf91ded positive-influence 364697a4-255c-6c48-1fed-a8e91a24fc67',
      'glyph19 necessary-stimulation 364697a4-255c-6c48-1fed-a8e91a24fc67',
    ]);
    expect(into(pathway, 'glyph9')).toEqual(['glyph28 positive-influence glyph9']);
    expect(pathway.edges).toHaveLength(28);
    expect(warnings).toEqual([
      `Converted from SBGN Process Description: 12 processes became 28 influences (6 from modulators of a process to its products, 17 from inputs to products, 4 binds between the inputs of an association, 1 from arcs that modulate a phenotype or pool directly). ${RULES}`,
      `${COMPONENTS} (glyph "glyph3", glyph "glyph2", glyph "glyph17", glyph "glyph4", glyph "glyph6", glyph "glyph10", glyph "glyph8", glyph "glyph5" and 1 more)`,
      `${STATES_IN_LABELS} (glyph "glyph28", glyph "glyph24", glyph "b6769d7e-7ff6-11a0-2620-b71d9cf91ded", glyph "364697a4-255c-6c48-1fed-a8e91a24fc67")`,
      'an arc at "glyph30", inside the complex "glyph2", was read at that complex (arc "arc25")',
    ]);
  });
});
