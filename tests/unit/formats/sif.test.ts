import { describe, expect, it } from 'vitest';
import { exportSif, importSif } from '../../../src/model/formats/sif';
import { failed, formatFixture, idLabels, ids, imported, junk, mini, rich, triples, truncations } from './helpers';

describe('SIF round trip', () => {
  it('keeps node ids and edges (source, relation, target) of the mini fixture', () => {
    const source = mini();
    const file = exportSif(source);
    expect(file.fileName).toBe('mini.sif');
    expect(file.text).toContain('a\tinhibits\tb\n');
    expect(file.text).toContain('d\tbinds\tc\n');
    expect(file.text).toContain('c\trequired-for\te\n');
    expect(file.text).toContain('f\tinfluences\td\n');
    const { pathway, warnings } = imported(importSif(file.text, file.fileName));
    expect(warnings).toEqual([]);
    expect(ids(pathway.nodes)).toEqual(ids(source.nodes));
    expect(triples(pathway)).toEqual(triples(source));
    expect(pathway.id).toBe('mini');
  });

  it('states what it loses, and the loss is real: labels become ids, one imported layer, proposed status', () => {
    const source = mini();
    const file = exportSif(source);
    expect(file.losses.join(' ')).toMatch(/labels/);
    expect(file.losses.join(' ')).toMatch(/layers, status, claims/);
    const { pathway } = imported(importSif(file.text, file.fileName));
    expect(pathway.nodes.find((n) => n.id === 'a')?.label).toBe('a');
    expect(pathway.layers.map((l) => l.id)).toEqual(['imported']);
    expect(pathway.layers[0]).toMatchObject({
      color: '#0072B2',
      lineStyle: 'solid',
      defaultVisible: true,
      references: [],
    });
    expect(new Set(pathway.edges.map((e) => e.status))).toEqual(new Set(['proposed']));
    expect(pathway.nodes.every((n) => n.kind === 'concept' && n.description === 'Imported from SIF.')).toBe(true);
  });

  it('round-trips every relation token and reports sections it cannot write', () => {
    const source = rich();
    const file = exportSif(source);
    expect(file.text).toContain('chol\tallosterically-modulates\ttrkb');
    const { pathway } = imported(importSif(file.text));
    expect(triples(pathway)).toEqual(triples(source));
    // compartments without edges are not written, and that is said
    expect(pathway.nodes.some((n) => n.id === 'cell')).toBe(false);
    expect(file.losses.some((l) => /compartment/.test(l))).toBe(true);
  });

  it('exports only the chosen edges and names unknown edge ids', () => {
    const file = exportSif(mini(), ['a-inhibits-b', 'nope']);
    expect(file.text).toBe('a\tinhibits\tb\n');
    expect(file.losses[0]).toMatch(/nope/);
  });
});

describe('importSif', () => {
  it('reads tabs, spaces, several targets, lone nodes and comments', () => {
    const text = [
      '# a comment',
      'TP53\tactivates\tMDM2\tCDKN1A',
      'EGFR pp GRB2',
      'lonely',
      '',
      'Protein B\t-|\tprotein-b',
    ].join('\r\n');
    const { pathway, warnings } = imported(importSif(text, 'my network.sif'));
    expect(warnings).toEqual([]);
    expect(pathway.id).toBe('my-network');
    expect(pathway.title).toBe('my network');
    expect(pathway.description).toMatch(/Imported from the SIF file “my network\.sif”/);
    expect(triples(pathway)).toEqual([
      'egfr binds grb2',
      'protein-b negative-influence protein-b-2',
      'tp53 positive-influence cdkn1a',
      'tp53 positive-influence mdm2',
    ]);
    const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
    expect(byId.get('tp53')).toMatchObject({ label: 'TP53' });
    expect(byId.get('tp53')?.synonyms).toBeUndefined();
    expect(byId.get('egfr')?.kind).toBe('protein');
    expect(byId.get('lonely')?.kind).toBe('concept');
    expect(byId.get('protein-b')).toMatchObject({ label: 'Protein B' });
    // the second "protein-b" gets a fresh id and keeps its name as label
    expect(byId.get('protein-b-2')?.label).toBe('protein-b');
    expect(byId.get('protein-b-2')?.synonyms).toBeUndefined();
    const claim = pathway.edges.find((e) => e.source === 'tp53' && e.target === 'mdm2')?.claim;
    expect(claim).toBe('TP53 increases the activity or amount of MDM2.');
  });

  it('maps Pathway Commons types, reverses consumption-controlled-by, and warns on unknown types by line', () => {
    const text = [
      'A\tcontrols-state-change-of\tB',
      'C\tconsumption-controled-by\tD',
      'E\tfrobnicates\tF',
      'G\tfrobnicates\tH',
      'CHEBI:15422\tchemical-affects\tB',
    ].join('\n');
    const { pathway, warnings } = imported(importSif(text));
    expect(triples(pathway)).toEqual([
      'a unknown-influence b',
      'chebi-15422 unknown-influence b',
      'd unknown-influence c',
      'e unknown-influence f',
      'g unknown-influence h',
    ]);
    expect(warnings).toEqual([
      'unknown interaction type "frobnicates", imported as unknown-influence (line 3, line 4)',
    ]);
    const atp = pathway.nodes.find((n) => n.id === 'chebi-15422');
    expect(atp).toMatchObject({ kind: 'small-molecule', xrefs: ['CHEBI:15422'], label: 'CHEBI:15422' });
    expect(pathway.title).toBe('Imported SIF pathway');
  });

  it('reads extended SIF: header, attribute columns and the participant section', () => {
    const text = [
      'PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\tINTERACTION_DATA_SOURCE\tINTERACTION_PUBMED_ID',
      'MAPK1\tcontrols-phosphorylation-of\tELK1\tReactome\t12345',
      'CHEBI:15422\tused-to-produce\tCHEBI:16761\tReactome\t',
      '',
      'PARTICIPANT\tPARTICIPANT_TYPE\tPARTICIPANT_NAME\tUNIFICATION_XREF',
      'MAPK1\tProteinReference\tMAPK1\tuniprot:P28482',
      'CHEBI:15422\tSmallMoleculeReference\tATP\tchebi:CHEBI:15422',
      'ELK1\tMysteryReference\tELK1\t',
    ].join('\n');
    const { pathway, warnings } = imported(importSif(text));
    expect(triples(pathway)).toEqual(['chebi-15422 unknown-influence chebi-16761', 'mapk1 unknown-influence elk1']);
    const atp = pathway.nodes.find((n) => n.id === 'chebi-15422');
    expect(atp).toMatchObject({ label: 'ATP', kind: 'small-molecule', synonyms: ['CHEBI:15422'] });
    expect(pathway.nodes.find((n) => n.id === 'mapk1')?.kind).toBe('protein');
    expect(warnings).toContain(
      'extended SIF columns not imported: INTERACTION_DATA_SOURCE, INTERACTION_PUBMED_ID (line 1)',
    );
    expect(warnings).toContain('extended SIF columns not imported: UNIFICATION_XREF (line 5)');
    expect(warnings.filter((w) => w.includes('used-to-produce'))).toEqual([]);
    expect(pathway.edges.find((e) => e.source === 'chebi-15422')?.claim).toBe(
      'ATP influences CHEBI:16761 (“used-to-produce” in the SIF file); the sign of the effect is not given.',
    );
    expect(warnings).toContain('participant type "MysteryReference" is not known; imported as concept (line 8)');
  });

  it('merges repeated interactions and warns about lines without a target', () => {
    const { pathway, warnings } = imported(importSif('a activates b\na activates b\nc inhibits\n'));
    expect(pathway.edges).toHaveLength(1);
    expect(pathway.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(warnings).toEqual([
      'repeated interaction a activates b (first on line 1) imported once (line 2)',
      'interaction "inhibits" has no target; "c" was imported as a node without interactions (line 3)',
    ]);
  });

  it('refuses empty, binary and interaction-free files with a clear message', () => {
    expect(failed(importSif(''))).toEqual(['(file): the SIF file is empty']);
    expect(failed(importSif('  \n\t\n'))).toEqual(['(file): the SIF file is empty']);
    expect(failed(importSif('\u0000\u0001\u0002PK'))[0]).toMatch(/binary/);
    expect(failed(importSif('a\nb\nc'))[0]).toMatch(/no usable interactions/);
    expect(failed(importSif('# only comments'))[0]).toMatch(/no nodes/);
    expect(failed(importSif(42 as unknown as string))[0]).toMatch(/as text/);
  });

  it('never throws on junk or truncated files', () => {
    const inputs = [
      ...Array.from({ length: 20 }, (_, i) => junk(i + 1, 50 + i * 40)),
      ...truncations(exportSif(rich()).text),
      '\uFEFFa activates b',
      'a\t\t\tb',
      '{"elements": []}',
      '<graphml/>',
    ];
    for (const input of inputs) {
      const result = importSif(input);
      if (result.ok) imported(result);
      else expect(result.errors[0]?.message).toBeTruthy();
    }
  });
});

/** How many edges have each relation. */
const relationCounts = (edges: readonly { relation: string }[]) =>
  edges.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.relation]: (acc[e.relation] ?? 0) + 1 }), {});

describe('SIF written by other tools (real files, tests/fixtures/formats/SOURCES.md)', () => {
  it('reads signed SIF as CellNOpt writes it: 1 activates, -1 inhibits (CellNOptR ToyPKNMMB.sif)', () => {
    const { pathway, warnings } = imported(importSif(formatFixture('real/cellnoptr-ToyPKNMMB.sif'), 'ToyPKNMMB.sif'));
    expect(warnings).toEqual([]);
    expect(pathway.nodes).toHaveLength(15);
    expect(relationCounts(pathway.edges)).toEqual({ 'positive-influence': 15, 'negative-influence': 1 });
    expect(triples(pathway)).toContain('akt negative-influence mek');
    expect(triples(pathway)).toContain('egf positive-influence ras');
    expect(pathway.edges.find((e) => e.source === 'akt')).toMatchObject({
      id: 'akt-inhibits-mek',
      claim: 'Akt decreases or inhibits Mek.',
    });
  });

  it('keeps three Pathway Commons types between the same two proteins as three edges, each named in its claim (paxtoolsr test_sifnx_sm.txt)', () => {
    const { pathway, warnings } = imported(importSif(formatFixture('real/paxtoolsr-test_sifnx_sm.txt')));
    expect(idLabels(pathway)).toEqual(['akt1 AKT1', 'irs1 IRS1']);
    // the participant names are UniProt entry names: kept as synonyms, the readable id stays the label
    expect(pathway.nodes.find((n) => n.id === 'akt1')).toMatchObject({ kind: 'protein', synonyms: ['AKT1_HUMAN'] });
    expect(pathway.edges.map((e) => [e.id, `${e.source} ${e.relation} ${e.target}`, e.claim])).toEqual([
      [
        'akt1-controls-phosphorylation-of-irs1',
        'akt1 unknown-influence irs1',
        'AKT1 influences IRS1 (“controls-phosphorylation-of” in the SIF file); the sign of the effect is not given.',
      ],
      [
        'akt1-controls-state-change-of-irs1',
        'akt1 unknown-influence irs1',
        'AKT1 influences IRS1 (“controls-state-change-of” in the SIF file); the sign of the effect is not given.',
      ],
      [
        'akt1-neighbor-of-irs1',
        'akt1 unknown-influence irs1',
        "AKT1 and IRS1 are associated (“neighbor-of” in the SIF file); the file gives neither direction nor sign, so the arrow from AKT1 to IRS1 only follows the file's order.",
      ],
    ]);
    expect(warnings).toEqual([
      'extended SIF columns not imported: INTERACTION_DATA_SOURCE, INTERACTION_PUBMED_ID, PATHWAY_NAMES (line 1)',
      `interaction type "neighbor-of" has neither direction nor sign; imported as unknown-influence in the file's order, and the claim names the type (line 4)`,
      'extended SIF columns not imported: UNIFICATION_XREF, RELATIONSHIP_XREF (line 6)',
    ]);
  });

  it('maps reacts-with, used-to-produce, consumption-controlled-by and controls-production-of without inventing a sign (paxtoolsr test_sifnx2.txt)', () => {
    const { pathway, warnings } = imported(importSif(formatFixture('real/paxtoolsr-test_sifnx2.txt')));
    expect(pathway.edges).toHaveLength(9);
    expect(relationCounts(pathway.edges)).toEqual({ 'unknown-influence': 9 });
    // consumption-controlled-by points from the enzyme to what it consumes
    expect(triples(pathway)).toContain('fuca1 unknown-influence alpha-l-fucoside');
    expect(triples(pathway)).toContain('alpha-l-fucoside unknown-influence ethanol');
    const claims = pathway.edges.map((e) => e.claim);
    expect(claims).toContain(
      'FUCA1 influences &alpha;-L-fucoside (“consumption-controlled-by” in the SIF file, read with its ends swapped); the sign of the effect is not given.',
    );
    expect(
      claims.filter((c) => c.includes('(“reacts-with” in the SIF file); the file gives neither direction nor sign')),
    ).toHaveLength(1);
    expect(claims.filter((c) => c.includes('(“used-to-produce” in the SIF file)'))).toHaveLength(3);
    expect(warnings.filter((w) => w.startsWith('unknown interaction type'))).toEqual([]);
    expect(warnings).toContain(
      `interaction type "reacts-with" has neither direction nor sign; imported as unknown-influence in the file's order, and the claim names the type (line 5)`,
    );
    // this release writes cross-references in the PARTICIPANT_NAME column: not taken as labels
    expect(warnings).toContain(
      'participant name holds cross-references, not a name; the id is the label (line 13, line 14, line 15, line 16, line 17, line 18, line 19, line 20)',
    );
    expect(pathway.nodes.find((n) => n.id === 'gda')).toMatchObject({ label: 'GDA', kind: 'protein' });
  });

  it('reads interactsWith, pp, pd and in-complex-with as binds, one edge each, and merges synonyms of one relation', () => {
    const text = [
      'A\tinteractsWith\tB',
      'A\tpp\tB',
      'A\tpd\tB',
      'A\tin-complex-with\tB',
      'A\t1\tB',
      'A\tactivates\tB',
      'C -1 D',
    ].join('\n');
    const { pathway, warnings } = imported(importSif(text));
    expect(pathway.edges.map((e) => `${e.id}: ${e.relation}`)).toEqual([
      'a-interacts-with-b: binds',
      'a-pp-b: binds',
      'a-pd-b: binds',
      'a-in-complex-with-b: binds',
      'a-activates-b: positive-influence',
      'c-inhibits-d: negative-influence',
    ]);
    expect(pathway.edges[0]?.claim).toBe('A binds B (“interactsWith” in the SIF file).');
    expect(warnings).toEqual(['repeated interaction A activates B (first on line 5) imported once (line 6)']);
  });
});
