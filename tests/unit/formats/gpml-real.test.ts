/**
 * GPML import of two real WikiPathways files, one per GPML version: WP2141 "Serotonin and anxiety"
 * (GPML 2013a, Biopax citations) and WP5063 "FOXP3 in COVID-19" (GPML 2021, <Citation>s). Labels,
 * kinds, cross-references, complexes and groups, cellular-component shapes as compartments,
 * relations (anchors and groups included), the citations carried over as references and evidence,
 * positions and warnings. Sources and licence: tests/fixtures/formats/SOURCES.md.
 *
 * (The docblock above gives this file jsdom, whose DOMParser the XML formats need; vite.config.ts's
 * DOM_TESTS list does not name gpml-* files.)
 */
import { describe, expect, it } from 'vitest';
import { importGpml } from '../../../src/model/formats/gpml/read';
import { CITED_EVIDENCE_KIND, CITED_EVIDENCE_NOTE } from '../../../src/model/formats/gpml/vocab';
import { importFile } from '../../../src/model/formats/load';
import type { ImportResult } from '../../../src/model/formats/types';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { formatFixture } from './helpers';

const WP2141 = 'real/wikipathways-WP2141.gpml';
const WP5063 = 'real/wikipathways-WP5063-2021.gpml';

/** The pathway of a successful import, checked again with parsePathway; fails the test otherwise. */
function gpmlImported(result: ImportResult): { pathway: Pathway; warnings: string[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  const again = parsePathway(JSON.parse(JSON.stringify(result.pathway)));
  expect(again.ok, JSON.stringify(again.ok ? [] : again.errors)).toBe(true);
  return { pathway: result.pathway, warnings: result.warnings };
}

const read = (name: string) => gpmlImported(importGpml(formatFixture(name), name.split('/')[1]));

const node = (p: Pathway, id: string) => {
  const n = p.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const edge = (p: Pathway, id: string) => {
  const e = p.edges.find((x) => x.id === id);
  if (!e) throw new Error(`no edge ${id}`);
  return e;
};
/** `source relation target` of one edge. */
const triple = (p: Pathway, id: string) => {
  const e = edge(p, id);
  return `${e.source} ${e.relation} ${e.target}`;
};
/** The PubMed ids each cited edge's evidence points at, by edge id. */
const citedPmids = (p: Pathway) =>
  Object.fromEntries(
    p.edges.filter((e) => !e.uncited).map((e) => [e.id, e.evidence.map((ev) => p.references[ev.ref]!.PMID)]),
  );
const nodeSummary = (p: Pathway, id: string) => {
  const n = node(p, id);
  return { label: n.label, kind: n.kind, xrefs: n.xrefs, parent: n.parent };
};

describe('WikiPathways WP2141 "Serotonin and anxiety" (GPML 2013a)', () => {
  it('is recognised by its namespace and imported through the registry', async () => {
    const text = formatFixture(WP2141);
    const { detectFormat } = await import('../../../src/model/formats/load');
    expect(detectFormat('WP2141.gpml', text)).toBe('gpml');
    expect(detectFormat(undefined, text)).toBe('gpml');
    const { pathway } = gpmlImported(await importFile(text, 'WP2141.gpml'));
    expect(pathway.id).toBe('wp2141');
    expect(pathway.title).toBe('Serotonin and anxiety');
    expect(pathway.description).toMatch(/^Benekareddy et al observed the phenomenon/);
    expect(pathway.description).toContain('WikiPathways WP2141 (revision 139946), Mus musculus.');
  });

  it('data nodes: labels, kinds and cross-references as CURIEs', () => {
    const { pathway } = read(WP2141);
    expect(pathway.nodes).toHaveLength(34);
    expect(nodeSummary(pathway, 'b4377')).toEqual({
      label: 'Ketanserin',
      kind: 'small-molecule',
      xrefs: ['pubchem.compound:3822'],
      parent: undefined,
    });
    expect(nodeSummary(pathway, 'b52f7')).toMatchObject({
      label: 'Ca²⁺',
      kind: 'small-molecule',
      xrefs: ['CHEBI:29108'],
    });
    expect(nodeSummary(pathway, 'fc717')).toMatchObject({ label: 'eEF2', kind: 'protein', xrefs: ['uniprot:P58252'] });
    expect(nodeSummary(pathway, 'fd41a')).toMatchObject({
      label: 'Htr2a',
      kind: 'protein',
      xrefs: ['ensembl:ENSMUSG00000034997'],
    });
    // A data node's comment is its description; its own citations are named there.
    expect(node(pathway, 'da087').description).toBe(
      'calcineurin Cited for it in the GPML file: Shuttleworth et al. 2004 (PMID 15546853); Jensen et al. 2012 (PMID 22260796).',
    );
  });

  it('positions are the centres of the data nodes', () => {
    const { pathway } = read(WP2141);
    expect(node(pathway, 'b4377').position).toEqual({ x: 53.9757455542502, y: 264.1919876316882 });
    expect(node(pathway, 'dc811').position).toEqual({ x: 752.3607291666674, y: 735.9994999999999 });
  });

  it('complexes are one node each; members nothing points at are folded in, those pointed at kept', () => {
    const { pathway } = read(WP2141);
    expect(nodeSummary(pathway, 'cf858')).toEqual({
      label: 'mGluR1:eEF2K',
      kind: 'complex',
      xrefs: undefined,
      parent: 'eed31',
    });
    expect(node(pathway, 'cf858').description).toBe(
      'A complex in the GPML file of mGluR1 (ensembl:ENSMUSG00000019828), eEF2K (ensembl:ENSMUSG00000073853). Cited for it in the GPML file: Bramham et al. 2008 (PMID 19005037).',
    );
    expect(nodeSummary(pathway, 'c207f')).toMatchObject({ label: 'CaM:eEF2K', kind: 'complex' });
    const ids = new Set(pathway.nodes.map((n) => n.id));
    // CaM (b910b) and the eEF2K in mGluR1:eEF2K (c979c): no interaction points at them.
    expect(ids.has('b910b')).toBe(false);
    expect(ids.has('c979c')).toBe(false);
    // mGluR1 b2fee (in cf858) and eEF2K ef0d5 (in c207f) are drawn to directly.
    expect(triple(pathway, 'ide129478d')).toBe('b2fee positive-influence b52f7');
    expect(triple(pathway, 'ideaec949e')).toBe('cf858 positive-influence ef0d5');
    expect(triple(pathway, 'idb762fb9e')).toBe('b52f7 positive-influence cf858');
  });

  it('a group is a compartment round its members; an arrow from the group is one edge per member', () => {
    const { pathway } = read(WP2141);
    expect(nodeSummary(pathway, 'aa4a4')).toMatchObject({ label: 'Htr2c / Htr2a', kind: 'compartment' });
    expect(node(pathway, 'f0ac2').parent).toBe('aa4a4');
    expect(node(pathway, 'fd41a').parent).toBe('aa4a4');
    const fromGroup = pathway.edges
      .filter((e) => e.source === 'f0ac2' || e.source === 'fd41a')
      .map((e) => `${e.source} ${e.relation} ${e.target}`)
      .sort();
    expect(fromGroup).toEqual([
      'f0ac2 positive-influence d1449',
      'f0ac2 positive-influence f1a8d',
      'f0ac2 positive-influence fa8ce',
      'fd41a positive-influence d1449',
      'fd41a positive-influence f1a8d',
      'fd41a positive-influence fa8ce',
    ]);
    expect(edge(pathway, 'f0ac2-activates-d1449').claim).toBe(
      'Htr2c increases the activity or amount of Crh (“Arrow” in the GPML file). In the GPML file it starts at the group “Htr2c / Htr2a”, read as each of its members.',
    );
  });

  it('cellular-component shapes are compartments holding what is drawn inside them, the smaller inside the larger', () => {
    const { pathway } = read(WP2141);
    expect(nodeSummary(pathway, 'eed31')).toEqual({
      label: 'Cell',
      kind: 'compartment',
      xrefs: undefined,
      parent: undefined,
    });
    expect(nodeSummary(pathway, 'b092a')).toMatchObject({ label: 'Nucleus', kind: 'compartment' });
    // The nucleus (an oval of 292 × 296 centred at 962, 331) lies in the cell (928 × 710 at 675, 379).
    expect(node(pathway, 'b092a').parent).toBe('eed31');
    expect(node(pathway, 'fb42e').parent).toBe('b092a');
    expect(node(pathway, 'bfa80').parent).toBe('b092a');
    expect(node(pathway, 'ad759').parent).toBe('eed31');
    // Ca²⁺ outside the cell (at 86, 562) has no compartment.
    expect(node(pathway, 'c4808').parent).toBe(undefined);
  });

  it('arrowheads become relations; a catalyst on an anchor acts on the anchored interaction’s target', () => {
    const { pathway } = read(WP2141);
    expect(pathway.edges).toHaveLength(29);
    expect(triple(pathway, 'id606a16f4')).toBe('b4377 negative-influence f663e'); // mim-inhibition
    expect(triple(pathway, 'id361ac78e')).toBe('da087 negative-influence fa8ce'); // TBar
    expect(triple(pathway, 'idfdb19e90')).toBe('f2b52 positive-influence aaef1'); // Arrow, DOC → THDOC
    // Pomc catalyses (mim-catalysis) the conversion DOC → THDOC, drawn to its anchor ba369.
    expect(triple(pathway, 'id72d58fdf')).toBe('ad759 positive-influence aaef1');
    expect(edge(pathway, 'id72d58fdf').claim).toBe(
      'Pomc increases the activity or amount of THDOC (“mim-catalysis” in the GPML file). In the GPML file it acts on the “Arrow” interaction from DOC to THDOC, read as acting on THDOC.',
    );
    expect(triple(pathway, 'idd08e414d')).toBe('ef0d5 positive-influence dbca6');
  });

  it('the Biopax citations become references; the one cited interaction carries its PMID as evidence', () => {
    const { pathway } = read(WP2141);
    expect(Object.fromEntries(Object.entries(pathway.references).map(([k, r]) => [k, r.PMID]))).toEqual({
      vanderstarre1988: '2459516',
      reddy2006: '16325348',
      benekareddy2011: '21959103',
      bramham2008: '19005037',
      shuttleworth2004: '15546853',
      jensen2012: '22260796',
    });
    expect(pathway.references.vanderstarre1988).toEqual({
      type: 'article-journal',
      title:
        'The alpha-adrenergic receptor blocking effect of ketanserin and the interaction between alpha-adrenergic and S2-serotonergic receptor blockade.',
      author: [
        { family: 'van der Starre', given: 'PJ' },
        { family: 'Reneman', given: 'RS' },
      ],
      issued: { 'date-parts': [[1988]] },
      'container-title': 'J Cardiovasc Pharmacol',
      PMID: '2459516',
      custom: { note: 'Read from a GPML (WikiPathways) file; not checked against the literature database.' },
    });
    expect(citedPmids(pathway)).toEqual({ id6f88a6aa: ['2459516'] });
    expect(edge(pathway, 'id6f88a6aa')).toMatchObject({
      source: 'b4377',
      target: 'f856c',
      relation: 'negative-influence',
      evidence: [{ ref: 'vanderstarre1988', kind: CITED_EVIDENCE_KIND, stance: 'supports', note: CITED_EVIDENCE_NOTE }],
    });
    expect(edge(pathway, 'id6f88a6aa').uncited).toBeUndefined();
    expect(pathway.edges.filter((e) => e.uncited)).toHaveLength(28);
    // The pathway's own BiopaxRef: the key paper of the imported layer.
    expect(pathway.layers).toEqual([
      expect.objectContaining({ id: 'imported', title: 'WikiPathways WP2141', references: ['benekareddy2011'] }),
    ]);
  });

  it('warns about what it converted and what it left out, grouped', () => {
    const { warnings } = read(WP2141);
    expect(warnings).toEqual([
      'cellular-component shape imported as a compartment holding what is drawn inside it (Shape "b092a", Shape "eed31")',
      'label not imported: text on the drawing (Label “CHRONIC STRESS”, Label “positive allosteric modulation”, Label “Dissociation”, Label “ANXIETY”, Label “Arc”, Label “Nucleus”, Label “de Novo synthesis”, Label “Miscellaneous genes possibly involved” and 1 more)',
      'citations of a shape or label not imported as evidence (the references are kept) (Label "a6686", Label "ccb1e", Label "ed919")',
      'group imported as a compartment round its members (Group "aa4a4")',
      'citations of a data node or group are named in its description (in our model only interactions carry evidence) (Group "c207f", Group "cf858", DataNode "a0f85", DataNode "b4377", DataNode "b52f7", DataNode "b5b95", DataNode "da087", DataNode "f019d" and 3 more)',
      'complex imported as one node; its members are named in its description, and imported as nodes of their own only where an interaction points at them (Group "c207f", Group "cf858")',
      '2 graphical line(s) not imported: drawing only, not interactions',
      '5 ontology tag(s) (pathway, disease, cell type…) not imported',
      'interaction drawn to a group: read as one interaction per member of the group (Interaction "id22f0ce1c", Interaction "id60ccb85d", Interaction "id9ad18900")',
      'interaction skipped: its end points at a label, which is drawing only (Interaction "id55594e2": label “Arc”, Interaction "id80d9d22b": label “CHRONIC STRESS”, Interaction "id84b69182": label “Arc”, Interaction "ida5fd7693": label “ANXIETY”)',
      'interaction skipped: its start points at a label, which is drawing only, and its end points at a label, which is drawing only (Interaction "id5a038156": label “E-box” → label “Arc”)',
      'interaction drawn to an anchor on another interaction: read as acting on that interaction\'s target (Interaction "id72d58fdf", Interaction "idd08e414d")',
      'interaction skipped: its start points at a label, which is drawing only (Interaction "idf18235f3": label “Arc”)',
    ]);
  });
});

describe('WikiPathways WP5063 "FOXP3 in COVID-19" (GPML 2021)', () => {
  it('is recognised by its namespace and imported through the registry', async () => {
    const text = formatFixture(WP5063);
    const { detectFormat } = await import('../../../src/model/formats/load');
    expect(detectFormat(undefined, text)).toBe('gpml');
    const { pathway } = gpmlImported(await importFile(text, 'WP5063.gpml'));
    expect(pathway.id).toBe('wp5063');
    expect(pathway.title).toBe('FOXP3 in COVID-19');
    expect(pathway.description).toMatch(
      /^FOXP3 in Covid-19\n\nWikiPathways WP5063 \(revision 118833\), Homo sapiens\./,
    );
  });

  it('data nodes: labels, kinds, 2021 data sources as CURIE prefixes, positions', () => {
    const { pathway } = read(WP5063);
    expect(pathway.nodes).toHaveLength(36);
    expect(nodeSummary(pathway, 'd8de6')).toEqual({
      label: 'IL6',
      kind: 'protein',
      xrefs: ['hgnc.symbol:IL6'],
      parent: undefined,
    });
    expect(nodeSummary(pathway, 'b9eee')).toMatchObject({ label: 'CD86', kind: 'protein', xrefs: ['uniprot:P42081'] });
    expect(nodeSummary(pathway, 'f6c0b')).toMatchObject({ label: 'FOXP3', xrefs: ['ensembl:ENSG00000049768'] });
    // type="Complex" on a data node, and a label written with a line break.
    expect(nodeSummary(pathway, 'b61a9')).toMatchObject({
      label: 'MHC-II alpha',
      kind: 'complex',
      xrefs: ['pfam:PF00993'],
    });
    // no Xref at all
    expect(nodeSummary(pathway, 'beee1')).toEqual({
      label: 'TCR',
      kind: 'protein',
      xrefs: undefined,
      parent: undefined,
    });
    expect(node(pathway, 'a9782').position).toEqual({ x: 696.7164184241026, y: 704.492409571799 });
  });

  it('complexes and groups; the cell shapes and nuclei nest what is drawn inside them', () => {
    const { pathway } = read(WP5063);
    expect(nodeSummary(pathway, 'a7eee')).toEqual({
      label: 'IL2RB:IL2RA:IL2RG',
      kind: 'complex',
      xrefs: undefined,
      parent: 'f3e4b',
    });
    // a 2021 group has a box of its own: the complex node is placed at its centre
    expect(node(pathway, 'a7eee').position).toEqual({ x: 1276.6653095065935, y: 713.9471734854749 });
    expect(nodeSummary(pathway, 'f4702')).toEqual({
      label: 'STAT5A / STAT5B',
      kind: 'compartment',
      xrefs: undefined,
      parent: 'b54ff',
    });
    expect(node(pathway, 'fde26').parent).toBe('f4702');
    expect(nodeSummary(pathway, 'b54ff')).toMatchObject({ label: 'Nucleus', kind: 'compartment' });
    expect(node(pathway, 'bd0f4').parent).toBe('b54ff'); // STAT3 in the regulatory T cell's nucleus
    expect(node(pathway, 'c6ad9').parent).toBe('c88aa'); // FOXP3 protein in the cell, outside its nucleus
    expect(node(pathway, 'c88aa')).toMatchObject({ label: 'Cell', kind: 'compartment' });
    // A nucleus is in its cell, and not the other way round, although the cell's centre (1051, 934)
    // lies in that nucleus's box (202 × 350 at 952, 956): a shape goes only into a larger one.
    expect(node(pathway, 'acac4').parent).toBe('f3e4b');
    expect(node(pathway, 'f3e4b').parent).toBe(undefined);
    expect(node(pathway, 'b54ff').parent).toBe('c88aa');
    const ids = new Set(pathway.nodes.map((n) => n.id));
    for (const member of ['bc300', 'dbe46', 'd06a6', 'b90e9', 'f2e9c', 'dcf7b', 'c88f4', 'e9a97', 'e7817', 'fab48'])
      expect(ids.has(member), member).toBe(false);
  });

  it('relations from 2021 arrowheads, through anchors and groups', () => {
    const { pathway } = read(WP5063);
    expect(pathway.edges).toHaveLength(28);
    expect(triple(pathway, 'id1781a60')).toBe('b7d90 positive-influence bd0f4'); // Stimulation from a complex
    expect(triple(pathway, 'id398ebba5')).toBe('b47d5 binds eee51'); // Binding to a complex
    expect(triple(pathway, 'id60c4d9a9')).toBe('c6ad9 negative-influence a9782'); // Inhibition
    expect(triple(pathway, 'ae481')).toBe('f6c0b positive-influence c6ad9'); // TranscriptionTranslation
    // IL-2 receptor complex stimulates FOXP3 expression: drawn to anchor afb27 on the
    // TranscriptionTranslation FOXP3 (gene) → FOXP3 (protein).
    expect(triple(pathway, 'id53f164a2')).toBe('a7eee positive-influence cfeb2');
    // FOXP3 stimulating its own expression becomes a loop on the protein.
    expect(triple(pathway, 'id2dd693e9')).toBe('c6ad9 positive-influence c6ad9');
    // STAT3 inhibits the group STAT5A / STAT5B: one edge per member.
    expect(triple(pathway, 'bd0f4-inhibits-fde26')).toBe('bd0f4 negative-influence fde26');
    expect(triple(pathway, 'bd0f4-inhibits-b3743')).toBe('bd0f4 negative-influence b3743');
    expect(edge(pathway, 'b9eee-binding-ec7ef').claim).toBe(
      'CD86 binds CD28 (“Binding” in the GPML file). In the GPML file it starts at the group “CD86 / CD80”, read as each of its members.',
    );
  });

  it('the <Citation>s become references; each cited interaction carries exactly its PMIDs', () => {
    const { pathway } = read(WP5063);
    expect(Object.keys(pathway.references).sort()).toEqual([
      'pmid12522256',
      'pmid15467723',
      'pmid16648838',
      'pmid26215792',
      'pmid29456534',
      'pmid30076771',
      'pmid3091479',
      'pmid31986264',
      'pmid32513989',
      'pmid33178221',
    ]);
    expect(pathway.references.pmid26215792).toEqual({
      type: 'article-journal',
      title: 'PubMed 26215792',
      PMID: '26215792',
      custom: {
        note: 'Read from a GPML (WikiPathways) file, which gives no title; not checked against the literature database.',
      },
    });
    expect(citedPmids(pathway)).toEqual({
      id2dd693e9: ['30076771'],
      id53f164a2: ['26215792', '29456534'],
      'b9eee-binding-ec7ef': ['15467723'],
      'f8f22-binding-ec7ef': ['15467723'],
      id60c4d9a9: ['26215792', '12522256'],
      id62c8b91d: ['26215792', '29456534'],
      idb738b41a: ['16648838'],
    });
    expect(pathway.edges.filter((e) => e.uncited)).toHaveLength(21);
    // the IL-2 receptor complexes cite PMID 3091479 themselves: named in their descriptions
    expect(node(pathway, 'a6940').description).toContain('Cited for it in the GPML file: PMID 3091479.');
    expect(pathway.description).toContain('7 of them carry the citations the file gives');
  });

  it('warns about shapes, labels and the interactions between cell shapes it skipped', () => {
    const { warnings } = read(WP5063);
    expect(warnings).toContain(
      'interaction skipped: its start points at a shape, which is not a node, and its end points at a shape, which is not a node (Interaction "idbc8579b5": shape "a66ce" (Cell) → shape "c88aa" (Cell), Interaction "idc7d8f3d8": shape "a66ce" (Cell) → shape "f3e4b" (Cell))',
    );
    expect(warnings).toContain(
      'shape not imported: drawing only, not a cellular component (Shape "ab5a2" (Triangle), Shape "df1bb" (Triangle), Shape "f34a7" (Triangle), Shape "b47b4" (Triangle), Shape "d4215" (Triangle), Shape "ae22e" (Triangle), Shape "ee6a5" (Triangle), Shape "afa12" (Triangle) and 6 more)',
    );
    expect(warnings).toContain(
      'interaction drawn to an anchor on another interaction: read as acting on that interaction\'s target (Interaction "id2dd693e9", Interaction "id53f164a2", Interaction "id62c8b91d", Interaction "e8ad6")',
    );
    expect(warnings).toContain('3 ontology tag(s) (pathway, disease, cell type…) not imported');
    expect(warnings).toHaveLength(12);
  });
});
