/**
 * GPML import on small hand-written files: anchors, arrowheads (known, unknown, missing, on the
 * first point, at both ends), groups and complexes, states and aliases, data-node types and
 * cross-references, citations, files that are not GPML, an unsupported GPML version, malformed
 * XML, and files with nothing usable. (jsdom from the docblock: see gpml-real.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { importGpml } from '../../../src/model/formats/gpml/read';
import { CITED_EVIDENCE_KIND } from '../../../src/model/formats/gpml/vocab';
import { detectFormat, importFile } from '../../../src/model/formats/load';
import { formatsOfFile } from '../../../src/model/formats/registry';
import type { ImportResult } from '../../../src/model/formats/types';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { failed, formatFixture, junk, truncations } from './helpers';

function ok(result: ImportResult): { pathway: Pathway; warnings: string[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  const again = parsePathway(JSON.parse(JSON.stringify(result.pathway)));
  expect(again.ok, JSON.stringify(again.ok ? [] : again.errors)).toBe(true);
  return { pathway: result.pathway, warnings: result.warnings };
}

const triples = (p: Pathway) => p.edges.map((e) => `${e.source} ${e.relation} ${e.target}`);

// ------------------------------------------------------------------------------- GPML 2013a writer

const NS13 = 'http://pathvisio.org/GPML/2013a';
const NS21 = 'http://pathvisio.org/GPML/2021';

function gpml13(body: string, biopax = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Pathway xmlns="${NS13}" Name="Test pathway" Organism="Homo sapiens">
${body}
  <InfoBox CenterX="0.0" CenterY="0.0" />${biopax ? `\n  <Biopax>${biopax}</Biopax>` : ''}
</Pathway>`;
}

interface NodeOptions {
  type?: string | null;
  db?: string;
  xid?: string;
  group?: string;
  x?: number;
  y?: number;
  inner?: string;
}

function dn(id: string, label: string, o: NodeOptions = {}): string {
  const type = o.type === null ? '' : ` Type="${o.type ?? 'GeneProduct'}"`;
  const group = o.group ? ` GroupRef="${o.group}"` : '';
  return `  <DataNode TextLabel="${label}" GraphId="${id}"${type}${group}>${o.inner ?? ''}
    <Graphics CenterX="${o.x ?? 100}" CenterY="${o.y ?? 100}" Width="80" Height="20" />
    <Xref Database="${o.db ?? ''}" ID="${o.xid ?? ''}" />
  </DataNode>`;
}

interface LineOptions {
  /** ArrowHead of the last point; `null` for none. */
  arrow?: string | null;
  /** ArrowHead of the first point. */
  firstArrow?: string;
  anchor?: string;
  inner?: string;
}

function ix(id: string, from: string | undefined, to: string | undefined, o: LineOptions = {}): string {
  const ref = (r: string | undefined) => (r === undefined ? '' : ` GraphRef="${r}"`);
  const head = (a: string | null | undefined) => (a ? ` ArrowHead="${a}"` : '');
  const arrow = o.arrow === undefined ? 'Arrow' : o.arrow;
  return `  <Interaction GraphId="${id}">${o.inner ?? ''}
    <Graphics>
      <Point X="0" Y="0"${ref(from)}${head(o.firstArrow)} />
      <Point X="10" Y="10"${ref(to)}${head(arrow)} />${o.anchor ? `\n      <Anchor Position="0.5" Shape="None" GraphId="${o.anchor}" />` : ''}
    </Graphics>
    <Xref Database="" ID="" />
  </Interaction>`;
}

const pub = (id: string, fields: string) =>
  `<bp:PublicationXref xmlns:bp="http://www.biopax.org/release/biopax-level3.owl#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:id="${id}">${fields}</bp:PublicationXref>`;

// ---------------------------------------------------------------------------------------- anchors

describe('anchors', () => {
  const text = gpml13(
    [
      dn('a', 'Glucose', { type: 'Metabolite', db: 'ChEBI', xid: 'CHEBI:17234' }),
      dn('b', 'G6P', { type: 'Metabolite', db: 'HMDB', xid: 'HMDB0001401' }),
      dn('hk', 'HK1', { db: 'Entrez Gene', xid: '3098' }),
      dn('inh', 'Inhibitor X', { type: 'Metabolite', db: 'PubChem-compound', xid: '1234' }),
      dn('lbl-target', 'Somewhere'),
      ix('conv', 'a', 'b', { arrow: 'mim-conversion', anchor: 'anc1' }),
      ix('cat', 'hk', 'anc1', { arrow: 'mim-catalysis' }),
      ix('block', 'inh', 'anc1', { arrow: 'mim-inhibition' }),
      // an anchor on an interaction that cannot be read: its own target is a label
      '  <Label TextLabel="Cytosol" GraphId="lab"><Graphics CenterX="1" CenterY="1" Width="10" Height="10" /></Label>',
      ix('toLabel', 'a', 'lab', { arrow: 'Arrow', anchor: 'anc2' }),
      ix('onBroken', 'hk', 'anc2', { arrow: 'mim-stimulation' }),
    ].join('\n'),
  );

  it('a modifier drawn to an anchor acts on the target of the anchored interaction, with its own sign', () => {
    const { pathway } = ok(importGpml(text, 'anchors.gpml'));
    expect(triples(pathway)).toEqual(['a positive-influence b', 'hk positive-influence b', 'inh negative-influence b']);
    expect(pathway.edges.map((e) => e.id)).toEqual(['conv', 'cat', 'block']);
    expect(pathway.edges[1]!.claim).toBe(
      'HK1 increases the activity or amount of G6P (“mim-catalysis” in the GPML file). In the GPML file it acts on the “mim-conversion” interaction from Glucose to G6P, read as acting on G6P.',
    );
  });

  it('a modifier on an anchor whose interaction is not imported is skipped with a warning naming both', () => {
    const { warnings } = ok(importGpml(text, 'anchors.gpml'));
    expect(warnings).toContain(
      'interaction skipped: its end points at a label, which is drawing only (Interaction "toLabel": label “Cytosol”)',
    );
    expect(warnings).toContain(
      'interaction skipped: its end points at an anchor on an interaction whose target cannot be read (Interaction "onBroken": anchor "anc2" on Interaction "toLabel")',
    );
    expect(warnings).toContain(
      'interaction drawn to an anchor on another interaction: read as acting on that interaction\'s target (Interaction "cat", Interaction "block")',
    );
  });

  it('an anchor on an anchored interaction resolves through both; a loop of anchors is skipped', () => {
    const chain = gpml13(
      [
        dn('a', 'A'),
        dn('b', 'B'),
        dn('c', 'C'),
        dn('d', 'D'),
        ix('ab', 'a', 'b', { anchor: 'x1' }),
        ix('cx', 'c', 'x1', { arrow: 'TBar', anchor: 'x2' }),
        ix('dx', 'd', 'x2', { arrow: 'mim-stimulation' }),
        ix('loop1', 'a', 'y2', { anchor: 'y1' }),
        ix('loop2', 'b', 'y1', { anchor: 'y2' }),
      ].join('\n'),
    );
    const { pathway, warnings } = ok(importGpml(chain));
    expect(triples(pathway)).toEqual(['a positive-influence b', 'c negative-influence b', 'd positive-influence b']);
    expect(warnings.filter((w) => w.startsWith('interaction skipped'))).toEqual([
      'interaction skipped: its end points at an anchor in a loop of anchored interactions (Interaction "loop1": anchor "y2", Interaction "loop2": anchor "y1")',
    ]);
  });
});

// ------------------------------------------------------------------------------------- arrowheads

describe('arrowheads', () => {
  const arrows = [
    ['Arrow', 'positive-influence'],
    ['mim-conversion', 'positive-influence'],
    ['mim-stimulation', 'positive-influence'],
    ['mim-catalysis', 'positive-influence'],
    ['mim-transcription-translation', 'positive-influence'],
    ['mim-necessary-stimulation', 'necessary-stimulation'],
    ['TBar', 'negative-influence'],
    ['mim-inhibition', 'negative-influence'],
    ['mim-binding', 'binds'],
    ['mim-covalent-bond', 'binds'],
    ['ReceptorRound', 'binds'],
    ['LigandSquare', 'binds'],
    ['mim-modification', 'unknown-influence'],
    ['mim-cleavage', 'unknown-influence'],
    ['mim-translocation', 'unknown-influence'],
    ['mim-gap', 'unknown-influence'],
  ] as const;

  it.each(arrows)('GPML 2013a "%s" → %s', (arrow, relation) => {
    const { pathway, warnings } = ok(
      importGpml(gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b', { arrow })].join('\n'))),
    );
    expect(triples(pathway)).toEqual([`a ${relation} b`]);
    expect(warnings).toEqual([]);
  });

  it('a loosely fitting arrowhead keeps its name in the claim', () => {
    const { pathway } = ok(
      importGpml(
        gpml13([dn('a', 'Protease'), dn('b', 'Pro-X'), ix('i', 'a', 'b', { arrow: 'mim-cleavage' })].join('\n')),
      ),
    );
    expect(pathway.edges[0]!.claim).toBe(
      'Protease influences Pro-X (“mim-cleavage” in the GPML file); the sign of the effect is not given.',
    );
  });

  it('an unknown arrowhead is imported as unknown-influence with a warning naming it', () => {
    const { pathway, warnings } = ok(
      importGpml(gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b', { arrow: 'SBGN-Wiggle' })].join('\n'))),
    );
    expect(triples(pathway)).toEqual(['a unknown-influence b']);
    expect(warnings).toEqual(['unknown arrowhead "SBGN-Wiggle", imported as unknown-influence (Interaction "i")']);
    expect(pathway.edges[0]!.claim).toBe(
      'A influences B (“SBGN-Wiggle” in the GPML file, a type not known here); the sign of the effect is not given.',
    );
  });

  it('a line without an arrowhead is no causal claim: unknown-influence without direction, with a warning', () => {
    const { pathway, warnings } = ok(
      importGpml(gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b', { arrow: null })].join('\n'))),
    );
    expect(triples(pathway)).toEqual(['a unknown-influence b']);
    expect(pathway.edges[0]!.claim).toBe(
      "A and B are associated (“line without an arrowhead” in the GPML file); the file gives neither direction nor sign, so the arrow from A to B only follows the file's order.",
    );
    expect(warnings).toEqual([
      'line without an arrowhead: imported as unknown-influence in the file\'s order (the file gives neither direction nor sign) (Interaction "i")',
    ]);
  });

  it('an arrowhead on the first point only reverses the edge; arrowheads at both ends are warned about', () => {
    const reversed = ok(
      importGpml(
        gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b', { arrow: null, firstArrow: 'TBar' })].join('\n')),
      ),
    );
    expect(triples(reversed.pathway)).toEqual(['b negative-influence a']);
    expect(reversed.warnings).toEqual([]);
    const both = ok(
      importGpml(
        gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b', { arrow: 'Arrow', firstArrow: 'TBar' })].join('\n')),
      ),
    );
    expect(triples(both.pathway)).toEqual(['a positive-influence b']);
    expect(both.warnings).toEqual([
      'arrowheads at both ends: read as pointing at the last point; the first arrowhead ("TBar") was not imported (Interaction "i")',
    ]);
  });

  it('GPML 2021 arrowhead names and waypoints', () => {
    const point = (id: string, ref: string, arrow: string) =>
      `<Point elementId="${id}" arrowHead="${arrow}" x="0" y="0" elementRef="${ref}" />`;
    const interaction = (id: string, from: string, to: string, arrow: string) =>
      `<Interaction elementId="${id}"><Waypoints>${point(`${id}p`, from, 'Undirected')}${point(`${id}q`, to, arrow)}</Waypoints><Graphics /></Interaction>`;
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<Pathway xmlns="${NS21}" title="T">
  <DataNodes>
    <DataNode elementId="a" textLabel="A" type="Protein"><Graphics centerX="1" centerY="2" width="3" height="4" /></DataNode>
    <DataNode elementId="b" textLabel="B" type="RNA"><Graphics centerX="5" centerY="6" width="3" height="4" /></DataNode>
  </DataNodes>
  <Interactions>
    ${interaction('i1', 'a', 'b', 'Directed')}
    ${interaction('i2', 'a', 'b', 'Inhibition')}
    ${interaction('i3', 'a', 'b', 'Binding')}
    ${interaction('i4', 'a', 'b', 'Conversion')}
    ${interaction('i5', 'a', 'b', 'TranscriptionTranslation')}
    ${interaction('i6', 'b', 'a', 'Translocation')}
  </Interactions>
</Pathway>`;
    const { pathway, warnings } = ok(importGpml(text));
    expect(triples(pathway)).toEqual([
      'a positive-influence b',
      'a negative-influence b',
      'a binds b',
      'a positive-influence b',
      'a positive-influence b',
      'b unknown-influence a',
    ]);
    expect(pathway.nodes.map((n) => `${n.id} ${n.kind} ${n.position!.x},${n.position!.y}`)).toEqual([
      'a protein 1,2',
      'b protein 5,6',
    ]);
    expect(warnings).toEqual([]);
  });
});

// ------------------------------------------------------------------------------ groups and complexes

describe('groups, complexes, states and aliases', () => {
  const text = gpml13(
    [
      dn('l', 'EGF', { db: 'Entrez Gene', xid: '1950', group: 'cx', x: 100, y: 100 }),
      dn('r', 'EGFR', { db: 'Entrez Gene', xid: '1956', group: 'cx', x: 100, y: 140 }),
      dn('p1', 'ERK1', { db: 'Entrez Gene', xid: '5595', group: 'fam', x: 300, y: 100 }),
      dn('p2', 'ERK2', { db: 'Entrez Gene', xid: '5594', group: 'fam', x: 300, y: 140 }),
      dn('t', 'ELK1', { db: 'Entrez Gene', xid: '2002', x: 500, y: 120 }),
      dn('x', 'Drug X', { type: 'Metabolite' }),
      '  <State TextLabel="P" GraphId="st1" GraphRef="t" StateType="Phosphorylated"><Graphics RelX="1" RelY="1" Width="10" Height="10" /></State>',
      '  <State TextLabel="U" GraphId="st2" GraphRef="t"><Graphics RelX="-1" RelY="1" Width="10" Height="10" /></State>',
      ix('cx-to-fam', 'cxg', 'famg'),
      ix('fam-to-state', 'famg', 'st1', { arrow: 'mim-stimulation' }),
      ix('drug-binds-egfr', 'x', 'r', { arrow: 'mim-binding' }),
      ix('to-empty', 'x', 'emptyg'),
      '  <Group GroupId="cx" GraphId="cxg" Style="Complex" />',
      '  <Group GroupId="fam" GraphId="famg" Style="Group" TextLabel="ERK1/2" GroupRef="outer" />',
      '  <Group GroupId="outer" GraphId="outerg" Style="None" TextLabel="Cytoplasm" />',
      '  <Group GroupId="empty" GraphId="emptyg" Style="Group" />',
    ].join('\n'),
  );

  it('a complex is one node; a member pointed at is kept; a group pointed at stands for each member', () => {
    const { pathway } = ok(importGpml(text));
    expect(pathway.nodes.map((n) => `${n.id} ${n.kind} ${n.label} ${n.parent ?? '-'}`).sort()).toEqual([
      'cxg complex EGF:EGFR -',
      'emptyg compartment group empty -',
      'famg compartment ERK1/2 outerg',
      'outerg compartment Cytoplasm -',
      'p1 protein ERK1 famg',
      'p2 protein ERK2 famg',
      'r protein EGFR -',
      't protein ELK1 -',
      'x small-molecule Drug X -',
    ]);
    // the complex sits at the centre of its members (2013a groups have no box of their own)
    expect(pathway.nodes.find((n) => n.id === 'cxg')!.position).toEqual({ x: 100, y: 120 });
    expect(pathway.nodes.find((n) => n.id === 'cxg')!.description).toBe(
      'A complex in the GPML file of EGF (ncbigene:1950), EGFR (ncbigene:1956).',
    );
    expect(triples(pathway).sort()).toEqual([
      'cxg positive-influence p1',
      'cxg positive-influence p2',
      'p1 positive-influence t',
      'p2 positive-influence t',
      'x binds r',
    ]);
  });

  it('reports the group expansion, the state read as its node, the empty group and the lost state', () => {
    const { warnings } = ok(importGpml(text));
    expect(warnings).toEqual([
      'complex imported as one node; its members are named in its description, and imported as nodes of their own only where an interaction points at them (Group "cxg")',
      'group imported as a compartment round its members (Group "famg", Group "outerg", Group "emptyg")',
      'state (a modification or variant drawn on a data node) not imported (State st2)',
      'interaction drawn to a group: read as one interaction per member of the group (Interaction "cx-to-fam", Interaction "fam-to-state")',
      'interaction drawn to a state of a data node: read as drawn to the data node (Interaction "fam-to-state")',
      'interaction skipped: its end points at a group without members (Interaction "to-empty": group “group empty”)',
    ]);
  });

  it('GPML 2021: an Alias data node stands for its group; a group with a box is placed there', () => {
    const text21 = `<?xml version="1.0" encoding="UTF-8"?>
<Pathway xmlns="${NS21}" title="Alias">
  <DataNodes>
    <DataNode elementId="m1" textLabel="M1" type="Protein" groupRef="g"><Graphics centerX="0" centerY="0" width="10" height="10" /></DataNode>
    <DataNode elementId="m2" textLabel="M2" type="Protein" groupRef="g"><Graphics centerX="0" centerY="20" width="10" height="10" /></DataNode>
    <DataNode elementId="al" textLabel="alias of g" type="Alias" aliasRef="g"><Graphics centerX="90" centerY="90" width="10" height="10" /></DataNode>
    <DataNode elementId="t" textLabel="T" type="Protein"><Graphics centerX="200" centerY="0" width="10" height="10" /></DataNode>
  </DataNodes>
  <Interactions>
    <Interaction elementId="i"><Waypoints><Point elementId="p" x="0" y="0" elementRef="al" /><Point elementId="q" arrowHead="Stimulation" x="0" y="0" elementRef="t" /></Waypoints><Graphics /></Interaction>
  </Interactions>
  <Groups>
    <Group elementId="g" type="Complex" textLabel="M complex"><Graphics centerX="7" centerY="8" width="30" height="40" /></Group>
  </Groups>
</Pathway>`;
    const { pathway } = ok(importGpml(text21));
    expect(triples(pathway)).toEqual(['g positive-influence t']);
    expect(pathway.nodes.map((n) => n.id).sort()).toEqual(['g', 't']);
    expect(pathway.nodes.find((n) => n.id === 'g')).toMatchObject({
      label: 'M complex',
      kind: 'complex',
      position: { x: 7, y: 8 },
    });
  });
});

// ------------------------------------------------------------------------ data-node kinds and xrefs

describe('data-node types and cross-references', () => {
  it('maps types, infers a missing type from the cross-reference, and reports what it cannot read', () => {
    const text = gpml13(
      [
        dn('n1', 'Glucose', { type: 'Metabolite', db: 'KEGG Compound', xid: 'C00031' }),
        dn('n2', 'PC(16:0)', { type: 'Metabolite', db: 'LIPID MAPS', xid: 'LMGP01010005' }),
        dn('n3', 'Apoptosis', { type: 'Pathway', db: 'WikiPathways', xid: 'WP254' }),
        dn('n4', 'MIR21', { type: 'Rna', db: 'miRBase Sequence', xid: 'MI0000077' }),
        dn('n5', 'TP53', { type: null, db: 'HGNC', xid: 'TP53' }),
        dn('n6', 'Mystery', { type: 'Unknown' }),
        dn('n7', 'Oddity', { type: 'Gizmo', db: 'Enzyme Nomenclature', xid: '2.7.11.1' }),
        dn('n8', 'HGNC acc', { db: 'HGNC Accession number', xid: 'HGNC:11998' }),
        dn('n9', 'Drug', { type: 'Metabolite', db: 'Wikidata', xid: 'Q18216' }),
        ix('i1', 'n1', 'n2'),
        ix('i2', 'n3', 'n4'),
        ix('i3', 'n5', 'n6'),
        ix('i4', 'n7', 'n8'),
        ix('i5', 'n9', 'n1'),
      ].join('\n'),
    );
    const { pathway, warnings } = ok(importGpml(text));
    expect(pathway.nodes.map((n) => `${n.id} ${n.kind} ${(n.xrefs ?? []).join(',')}`)).toEqual([
      'n1 small-molecule kegg.compound:C00031',
      'n2 lipid lipidmaps:LMGP01010005',
      'n3 process wikipathways:WP254',
      'n4 protein mirbase:MI0000077',
      'n5 protein hgnc.symbol:TP53',
      'n6 concept ',
      'n7 concept ',
      'n8 protein hgnc:11998',
      'n9 small-molecule wikidata:Q18216',
    ]);
    expect(warnings).toEqual([
      'data node with no type: kind read from its cross-reference (HGNC) (DataNode "n5")',
      'data node with type "Unknown" and no cross-reference that tells; imported as concept (DataNode "n6")',
      'cross-reference database "Enzyme Nomenclature" is not known here; its identifiers were not imported (DataNode "n7")',
      'data node type "Gizmo" is not known; imported as concept (DataNode "n7")',
    ]);
  });
});

// ------------------------------------------------------------------------------------- citations

describe('citations', () => {
  const biopax = [
    pub(
      'r1',
      '<bp:ID>123456</bp:ID><bp:DB>PubMed</bp:DB><bp:TITLE>First paper.</bp:TITLE><bp:SOURCE>J Test</bp:SOURCE><bp:YEAR>2001</bp:YEAR><bp:AUTHORS>Smith J</bp:AUTHORS><bp:AUTHORS>Doe AB</bp:AUTHORS>',
    ),
    // the same paper listed twice, as WikiPathways files sometimes do
    pub('r1dup', '<bp:ID>123456</bp:ID><bp:DB>PubMed</bp:DB><bp:TITLE>First paper.</bp:TITLE>'),
    pub(
      'r2',
      '<bp:ID>10.1000/xyz.1</bp:ID><bp:DB>DOI</bp:DB><bp:TITLE>A DOI paper</bp:TITLE><bp:YEAR>2019</bp:YEAR><bp:AUTHORS>Ng A, Li B</bp:AUTHORS>',
    ),
    pub('r3', '<bp:ID>not-a-number</bp:ID><bp:DB>PubMed</bp:DB><bp:TITLE>Bad id</bp:TITLE>'),
    pub('r4', '<bp:ID></bp:ID><bp:DB></bp:DB>'),
  ].join('');
  const text = gpml13(
    [
      '  <BiopaxRef>r2</BiopaxRef>',
      dn('a', 'A', { inner: '<BiopaxRef>r3</BiopaxRef>' }),
      dn('b', 'B'),
      dn('c', 'C'),
      ix('ab', 'a', 'b', {
        inner:
          '<Comment>A turns B on in T cells</Comment><BiopaxRef>r1</BiopaxRef><BiopaxRef>r1dup</BiopaxRef><BiopaxRef>r2</BiopaxRef>',
      }),
      ix('bc', 'b', 'c', { inner: '<BiopaxRef>nowhere</BiopaxRef><BiopaxRef>r4</BiopaxRef>' }),
      ix('ca', 'c', 'a'),
    ].join('\n'),
    biopax,
  );

  it('PublicationXrefs become references, one per work; BiopaxRefs on an interaction become its evidence', () => {
    const { pathway } = ok(importGpml(text, 'cited.gpml'));
    expect(pathway.references).toEqual({
      smith2001: {
        type: 'article-journal',
        title: 'First paper.',
        author: [
          { family: 'Smith', given: 'J' },
          { family: 'Doe', given: 'AB' },
        ],
        issued: { 'date-parts': [[2001]] },
        'container-title': 'J Test',
        PMID: '123456',
        custom: { note: 'Read from a GPML (WikiPathways) file; not checked against the literature database.' },
      },
      ng2019: {
        type: 'article-journal',
        title: 'A DOI paper',
        author: [
          { family: 'Ng', given: 'A' },
          { family: 'Li', given: 'B' },
        ],
        issued: { 'date-parts': [[2019]] },
        DOI: '10.1000/xyz.1',
        custom: { note: 'Read from a GPML (WikiPathways) file; not checked against the literature database.' },
      },
      // the bad PubMed id is dropped, the title kept; no author, year or PubMed id to make a key of
      ref: {
        type: 'article',
        title: 'Bad id',
        custom: { note: 'Read from a GPML (WikiPathways) file; not checked against the literature database.' },
      },
    });
    const [ab, bc, ca] = pathway.edges;
    expect(ab).toMatchObject({
      id: 'ab',
      claim: 'A turns B on in T cells.',
      evidence: [
        { ref: 'smith2001', kind: CITED_EVIDENCE_KIND, stance: 'supports' },
        { ref: 'ng2019', kind: CITED_EVIDENCE_KIND, stance: 'supports' },
      ],
    });
    expect(ab!.uncited).toBeUndefined();
    expect(bc).toMatchObject({ id: 'bc', evidence: [], uncited: true });
    expect(ca).toMatchObject({ id: 'ca', evidence: [], uncited: true });
    expect(pathway.layers[0]!.references).toEqual(['ng2019']);
    expect(pathway.nodes.find((n) => n.id === 'a')!.description).toBe('Cited for it in the GPML file: “Bad id”.');
  });

  it('reports citations it could not read or find', () => {
    const { warnings } = ok(importGpml(text, 'cited.gpml'));
    expect(warnings).toEqual([
      'citation PubMed id "not-a-number" is not a valid identifier and was not imported (bp:PublicationXref "r3" (4 in <Biopax>))',
      'citation without a PubMed id, DOI, URL or title not imported (bp:PublicationXref "r4" (5 in <Biopax>))',
      'citations of a data node or group are named in its description (in our model only interactions carry evidence) (DataNode "a")',
      'citation "nowhere" is not among the file\'s citations; not imported (Interaction "bc")',
      'citation "r4" is not among the file\'s citations; not imported (Interaction "bc")',
    ]);
  });

  it('GPML 2021 Citations: a PubMed Xref, a DOI Xref, a Url', () => {
    const text21 = `<?xml version="1.0" encoding="UTF-8"?>
<Pathway xmlns="${NS21}" title="Cited 2021">
  <DataNodes>
    <DataNode elementId="a" textLabel="A" type="Protein"><Graphics centerX="0" centerY="0" width="10" height="10" /></DataNode>
    <DataNode elementId="b" textLabel="B" type="Protein"><Graphics centerX="0" centerY="0" width="10" height="10" /></DataNode>
  </DataNodes>
  <Interactions>
    <Interaction elementId="i"><Waypoints><Point elementId="p" x="0" y="0" elementRef="a" /><Point elementId="q" arrowHead="Inhibition" x="0" y="0" elementRef="b" /></Waypoints><Graphics /><CitationRef elementRef="c1" /><CitationRef elementRef="c2" /><CitationRef elementRef="c3" /></Interaction>
  </Interactions>
  <Citations>
    <Citation elementId="c1"><Xref identifier="31986264" dataSource="pubmed" /></Citation>
    <Citation elementId="c2"><Xref identifier="10.1038/s41586-020-2012-7" dataSource="doi" /></Citation>
    <Citation elementId="c3"><Url link="https://example.org/paper" /></Citation>
  </Citations>
</Pathway>`;
    const { pathway, warnings } = ok(importGpml(text21));
    expect(warnings).toEqual([]);
    const cited = pathway.edges[0]!.evidence.map((ev) => pathway.references[ev.ref]);
    expect(cited.map((r) => [r!.type, r!.title, r!.PMID, r!.DOI, r!.URL])).toEqual([
      ['article-journal', 'PubMed 31986264', '31986264', undefined, undefined],
      ['article-journal', 'doi:10.1038/s41586-020-2012-7', undefined, '10.1038/s41586-020-2012-7', undefined],
      ['webpage', 'https://example.org/paper', undefined, undefined, 'https://example.org/paper'],
    ]);
  });
});

// -------------------------------------------------------------------------------- what is refused

describe('files that are not GPML, or not usable', () => {
  it('another XML format', () => {
    expect(failed(importGpml('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>'))).toEqual(
      [
        '(root): not a GPML file: expected a <Pathway> root element, found <graphml> (GPML files are a WikiPathways / PathVisio <Pathway>)',
      ],
    );
    // KEGG's KGML: <pathway>, lower case
    expect(failed(importGpml('<pathway name="path:hsa04010" org="hsa" number="04010"/>'))).toEqual([
      '(root): not a GPML file: expected a <Pathway> root element, found <pathway> (GPML files are a WikiPathways / PathVisio <Pathway>)',
    ]);
    expect(failed(importGpml('<Pathway xmlns="http://example.org/other" Name="x"/>'))).toEqual([
      '(root): not a GPML file: its <Pathway> is in the namespace "http://example.org/other", not http://pathvisio.org/GPML/2013a or http://pathvisio.org/GPML/2021',
    ]);
    expect(failed(importGpml('<Pathway Name="x"/>'))).toEqual([
      '(root): not a GPML file: its <Pathway> is in no namespace, not http://pathvisio.org/GPML/2013a or http://pathvisio.org/GPML/2021',
    ]);
  });

  it('an older GPML version', () => {
    expect(failed(importGpml('<Pathway xmlns="http://genmapp.org/GPML/2010a" Name="x"/>'))).toEqual([
      '(root): GPML 2010a is not supported: only GPML 2013a and 2021 are read; open the file in PathVisio and save it again',
    ]);
    expect(failed(importGpml('<Pathway xmlns="http://pathvisio.org/GPML/2017" Name="x"/>'))).toEqual([
      '(root): GPML 2017 is not supported: only GPML 2013a and 2021 are read; open the file in PathVisio and save it again',
    ]);
  });

  it('malformed XML names the line and column; empty and binary input say so', () => {
    const broken = gpml13(dn('a', 'A')).replace('</DataNode>', '</DataNod>');
    const errors = failed(importGpml(broken));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^line \d+, column \d+: not well-formed XML, so not a GPML file: /);
    expect(failed(importGpml('   '))).toEqual(['(file): the GPML file is empty']);
    expect(failed(importGpml('\u0000\u0001GPML'))).toEqual([
      '(file): this does not look like a GPML text file (it contains binary data)',
    ]);
  });

  it('no data nodes, or no interaction that can be read', () => {
    expect(failed(importGpml(gpml13('')))).toEqual(['(file): no nodes found in the file']);
    expect(failed(importGpml(gpml13(dn('a', 'A'))))).toEqual([
      '(file): no usable interactions found: the file has data nodes but no interactions; a pathway needs at least one',
    ]);
    const dangling = gpml13([dn('a', 'A'), dn('b', 'B'), ix('i1', 'a', undefined), ix('i2', 'a', 'ghost')].join('\n'));
    expect(failed(importGpml(dangling))).toEqual([
      "(file): no usable interactions found: the file's 2 interactions were all skipped (see the warnings); a pathway needs at least one",
      '(warning): interaction skipped: its end is not attached to anything (Interaction "i1")',
      '(warning): interaction skipped: its end points at an id that is not in the file (Interaction "i2": "ghost")',
    ]);
  });

  it('never throws on junk or on any cut of a real file', () => {
    const real = formatFixture('real/wikipathways-WP2141.gpml');
    for (const text of [...truncations(real, 24), junk(7, 300), `<Pathway xmlns="${NS13}">${junk(3, 200)}`]) {
      const result = importGpml(text);
      expect(typeof result.ok).toBe('boolean');
      expect(result.ok ? result.pathway.nodes.length : result.errors.length).toBeGreaterThan(0);
    }
  });
});

// ----------------------------------------------------------------------------------- the registry

describe('the registry knows GPML', () => {
  it('by extension and by namespace, whatever the root’s prefix', () => {
    expect(formatsOfFile('WP2141.gpml').map((f) => f.id)).toEqual(['gpml']);
    const text = gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b')].join('\n'));
    expect(detectFormat('pathway.xml', text)).toBe('gpml');
    expect(
      detectFormat(
        undefined,
        text.replace('<Pathway xmlns=', '<gpml:Pathway xmlns:gpml=').replace('</Pathway>', '</gpml:Pathway>'),
      ),
    ).toBe('gpml');
    expect(detectFormat('broken.gpml', '<Pathway')).toBe('gpml');
    expect(detectFormat('x.xml', '<pathway name="path:hsa04010"/>')).toBeUndefined();
    // An old GPML is still routed to the GPML importer, which says what to do with it.
    expect(detectFormat(undefined, '<Pathway xmlns="http://genmapp.org/GPML/2010a"/>')).toBe('gpml');
    expect(detectFormat(undefined, '<Pathway xmlns="http://example.org/GPML/2021"/>')).toBeUndefined();
  });

  it('importFile runs the GPML importer', async () => {
    const text = gpml13([dn('a', 'A'), dn('b', 'B'), ix('i', 'a', 'b', { arrow: 'TBar' })].join('\n'));
    const { pathway } = ok(await importFile(text, 'test.gpml'));
    expect(triples(pathway)).toEqual(['a negative-influence b']);
    expect(pathway.title).toBe('Test pathway');
    expect(pathway.description).toContain('Imported from the GPML file “test.gpml”: 2 nodes, 1 interaction.');
  });
});
