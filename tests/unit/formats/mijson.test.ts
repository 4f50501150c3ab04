/**
 * PSI-MI JSON ("MI-JSON", IntAct's download, JAMI's writer) import: the real IntAct evidence
 * EBI-4371590 (APAF1, caspase-9 and cytochrome c, one three-participant physical association,
 * PubMed 21827945; tests/fixtures/formats/real/complexviewer-EBI-4371590.json), then small
 * hand-written files: a binary interaction, a spoke around a bait, merged evidence, interaction
 * types that are not bindings, and the failures. Detection: MI-JSON before the Cytoscape.js fallback.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, importFile } from '../../../src/model/formats/load';
import { importMiJson } from '../../../src/model/formats/mijson/read';
import { formatById } from '../../../src/model/formats/registry';
import type { ImportResult } from '../../../src/model/formats/types';
import type { Pathway } from '../../../src/model/types';
import { parsePathway } from '../../../src/model/validate';
import { failed, formatFixture, triples } from './helpers';

const REAL = 'real/complexviewer-EBI-4371590.json';

/** The pathway of a successful import, checked again with parsePathway; fails the test otherwise. */
function read(result: ImportResult): { pathway: Pathway; warnings: string[] } {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  const again = parsePathway(JSON.parse(JSON.stringify(result.pathway)));
  expect(again.ok, JSON.stringify(again.ok ? [] : again.errors)).toBe(true);
  return { pathway: result.pathway, warnings: result.warnings };
}

const node = (p: Pathway, label: string) => {
  const n = p.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`no node ${label}`);
  return n;
};

/** The PubMed ids each edge's evidence cites, by edge id. */
const citedPmids = (p: Pathway) =>
  Object.fromEntries(p.edges.map((e) => [e.id, e.evidence.map((ev) => p.references[ev.ref]!.PMID)]));

// ------------------------------------------------------------------------- hand-written MI-JSON

interface Part {
  readonly ref: string;
  readonly bait?: boolean;
  readonly role?: string;
  readonly features?: readonly Record<string, unknown>[];
}

const protein = (id: string, label: string) => ({
  object: 'interactor',
  id: `uniprotkb_${id}`,
  type: { id: 'MI:0326', name: 'protein' },
  organism: { taxid: '9606', common: 'human', scientific: 'Homo sapiens' },
  identifier: { db: 'uniprotkb', id },
  label,
});

const chemical = (chebi: string, label: string) => ({
  object: 'interactor',
  id: `chebi_${chebi}`,
  type: { id: 'MI:0328', name: 'small molecule' },
  organism: { taxid: '-3', scientific: 'Unknown' },
  identifier: { db: 'chebi', id: chebi },
  label,
});

function interaction(
  ac: string,
  parts: readonly Part[],
  options: { type?: string; method?: string; pubmed?: string | null; negative?: boolean; host?: unknown } = {},
) {
  const pubmed = options.pubmed === undefined ? '11111111' : options.pubmed;
  return {
    object: 'interaction',
    id: `intact_${ac}`,
    interactionType: { name: options.type ?? 'physical association' },
    experiment: {
      detmethod: { name: options.method ?? 'anti tag coimmunoprecipitation' },
      host: options.host ?? { taxid: '9606', scientific: 'Homo sapiens', cellType: { name: 'hek293t' } },
      ...(pubmed === null ? {} : { pubid: [{ db: 'pubmed', id: pubmed }] }),
    },
    identifiers: [{ db: 'intact', id: ac }],
    ...(options.negative ? { negative: true } : {}),
    participants: parts.map((p, i) => ({
      id: String(i + 1),
      interactorRef: p.ref,
      bioRole: { name: p.role ?? 'unspecified role' },
      expRole: { name: p.bait ? 'bait' : p.bait === false ? 'prey' : 'neutral component' },
      ...(p.features ? { features: p.features } : {}),
    })),
  };
}

const file = (...data: unknown[]) => JSON.stringify({ data });

const A = protein('P00001', 'aaa_human');
const B = protein('P00002', 'bbb_human');
const C = protein('P00003', 'ccc_human');
const D = protein('P00004', 'ddd_human');
const ref = (x: { id: string }) => ({ ref: x.id });

describe('IntAct EBI-4371590 (APAF1, CASP9, cytochrome c): a real MI-JSON download', () => {
  const text = formatFixture(REAL);

  it('is detected as MI-JSON, not Cytoscape.js JSON, and imported through the registry', async () => {
    expect(detectFormat('complexviewer-EBI-4371590.json', text)).toBe('mijson');
    expect(detectFormat(undefined, text)).toBe('mijson');
    expect(formatById('mijson').label).toBe('PSI-MI JSON (IntAct)');
    const { pathway } = read(await importFile(text, 'complexviewer-EBI-4371590.json'));
    expect(pathway.nodes).toHaveLength(3);
  });

  it('makes each interactor a node: its label as written, protein, the UniProt accession, the organism', () => {
    const { pathway } = read(importMiJson(text, 'complexviewer-EBI-4371590.json'));
    expect(pathway.nodes.map((n) => [n.id, n.label, n.kind, n.xrefs])).toEqual([
      ['apaf-human', 'apaf_human', 'protein', ['uniprot:O14727']],
      ['casp9-human', 'casp9_human', 'protein', ['uniprot:P55211']],
      ['cyc-bovin', 'cyc_bovin', 'protein', ['uniprot:P62894']],
    ]);
    expect(node(pathway, 'apaf_human').description).toBe(
      'Protein of Homo sapiens (NCBI taxon 9606), as given in the PSI-MI JSON file.',
    );
    expect(node(pathway, 'cyc_bovin').description).toContain('Bos taurus (Bovine; NCBI taxon 9913)');
  });

  it('expands the three-participant interaction (no bait) as a matrix: three binds edges, each citing PubMed 21827945', () => {
    const { pathway, warnings } = read(importMiJson(text, 'complexviewer-EBI-4371590.json'));
    expect(triples(pathway)).toEqual([
      'apaf-human binds casp9-human',
      'apaf-human binds cyc-bovin',
      'casp9-human binds cyc-bovin',
    ]);
    expect(Object.keys(pathway.references)).toEqual(['pmid21827945']);
    expect(pathway.references.pmid21827945).toMatchObject({
      type: 'article-journal',
      title: 'PubMed 21827945',
      PMID: '21827945',
    });
    expect(citedPmids(pathway)).toEqual({
      'apaf-human-binds-casp9-human': ['21827945'],
      'apaf-human-binds-cyc-bovin': ['21827945'],
      'casp9-human-binds-cyc-bovin': ['21827945'],
    });
    for (const edge of pathway.edges) {
      expect(edge.uncited).toBeUndefined();
      expect(edge.evidence).toEqual([
        expect.objectContaining({ ref: 'pmid21827945', kind: 'in-vitro', stance: 'supports' }),
      ]);
      expect(edge.evidence[0]!.note).toContain(
        'IntAct EBI-4371590 (figure 3E): physical association shown by electron microscopy, in vitro, with casp9_human carrying p.Asp315Ala (mutation).',
      );
      expect(edge.claim).toContain('physical association shown by electron microscopy (IntAct EBI-4371590)');
      expect(edge.claim).toContain('the file does not say which pairs touch directly');
    }
    expect(pathway.edges[0]!.claim).toBe(
      'apaf_human binds casp9_human: physical association shown by electron microscopy (IntAct EBI-4371590). IntAct EBI-4371590 has 3 participants (apaf_human, casp9_human, cyc_bovin), read as a binding between each pair: the file does not say which pairs touch directly.',
    );
    expect(warnings).toContain(
      'interaction with three or more participants and no bait to centre on read as a matrix: an edge between each pair of participants (the file does not say which pairs touch directly) (IntAct EBI-4371590: 3 participants, 3 edges)',
    );
    const features = warnings.find((w) => w.startsWith('participant features'));
    expect(features).toContain('apaf_human in IntAct EBI-4371590: his tag');
    expect(features).toContain('p.Asp315Ala (mutation)');
    expect(pathway.description).toContain('citing PubMed 21827945');
    expect(pathway.layers.map((l) => l.title)).toEqual(['IntAct interactions']);
  });
});

describe('hand-written MI-JSON', () => {
  it('a binary interaction is one binds edge; a ChEBI small molecule keeps its CHEBI id', () => {
    const atp = chemical('CHEBI:15422', 'ATP');
    const { pathway, warnings } = read(
      importMiJson(
        file(A, atp, interaction('EBI-1', [ref(A), ref(atp)], { type: 'direct interaction', method: 'x-ray' })),
        'binary.json',
      ),
    );
    expect(triples(pathway)).toEqual(['aaa-human binds atp']);
    expect(node(pathway, 'ATP')).toMatchObject({ kind: 'small-molecule', xrefs: ['CHEBI:15422'] });
    // A negative taxon id (unknown) is no organism.
    expect(node(pathway, 'ATP').description).toBe('Small molecule, as given in the PSI-MI JSON file.');
    const [edge] = pathway.edges;
    expect(edge!.claim).toBe('aaa_human binds ATP: direct interaction shown by x-ray (IntAct EBI-1).');
    expect(edge!.evidence).toEqual([
      expect.objectContaining({ ref: 'pmid11111111', kind: 'in-vitro', stance: 'supports' }),
    ]);
    expect(edge!.evidence[0]!.note).toMatch(
      /^IntAct EBI-1: direct interaction shown by x-ray, in Homo sapiens \(hek293t\)\./,
    );
    expect(warnings.some((w) => w.includes('matrix') || w.includes('spoke'))).toBe(false);
  });

  it('the evidence kind says only what the experiment was: in vitro, in silico, else the neutral review', () => {
    const kindOf = (options: Parameters<typeof interaction>[2]) => {
      const { pathway } = read(importMiJson(file(A, B, interaction('EBI-9', [ref(A), ref(B)], options)), 'k.json'));
      return pathway.edges[0]!.evidence[0]!.kind;
    };
    expect(kindOf({})).toBe('in-vitro'); // cells named (hek293t)
    expect(kindOf({ host: { taxid: '-1', scientific: 'In vitro' } })).toBe('in-vitro');
    expect(kindOf({ host: { taxid: '-5', scientific: 'In silico' } })).toBe('simulation');
    // In vivo, a whole organism or a genetic interaction: none of our kinds fits; not "in vitro".
    expect(kindOf({ host: { taxid: '-4', scientific: 'In vivo' } })).toBe('review');
    expect(kindOf({ host: { taxid: '10090', scientific: 'Mus musculus' } })).toBe('review');
    expect(kindOf({ type: 'genetic interaction' })).toBe('review');
  });

  it('three or more participants with a bait: a spoke from the bait to each other participant', () => {
    const { pathway, warnings } = read(
      importMiJson(
        file(A, B, C, D, interaction('EBI-2', [{ ref: B.id, bait: false }, { ref: A.id, bait: true }, ref(C), ref(D)])),
      ),
    );
    expect(triples(pathway)).toEqual([
      'aaa-human binds bbb-human',
      'aaa-human binds ccc-human',
      'aaa-human binds ddd-human',
    ]);
    expect(warnings).toContain(
      'interaction with three or more participants read as a spoke: an edge from its bait to each other participant (the file does not say which pairs touch directly) (IntAct EBI-2: 4 participants, bait aaa_human, 3 edges)',
    );
    expect(pathway.edges[0]!.claim).toContain('read as a binding of the bait aaa_human with each of the others');
  });

  it('one participant is an edge to itself; an interactor listed twice gives each pair once', () => {
    const { pathway, warnings } = read(
      importMiJson(file(A, B, interaction('EBI-13', [ref(A)]), interaction('EBI-14', [ref(B), ref(B), ref(A)]))),
    );
    expect(triples(pathway)).toEqual([
      'aaa-human binds aaa-human',
      'bbb-human binds aaa-human',
      'bbb-human binds bbb-human',
    ]);
    expect(pathway.edges[0]!.claim).toBe(
      'aaa_human binds itself or another aaa_human: physical association shown by anti tag coimmunoprecipitation (IntAct EBI-13).',
    );
    expect(warnings.find((w) => w.includes('read as a matrix'))).toContain('(IntAct EBI-14: 3 participants, 2 edges)');
  });

  it('the same pair from two interactions is one edge citing both papers; the same paper twice is one evidence item', () => {
    const { pathway } = read(
      importMiJson(
        file(
          A,
          B,
          interaction('EBI-3', [ref(A), ref(B)], { pubmed: '222' }),
          interaction('EBI-4', [ref(B), ref(A)], { pubmed: '333', type: 'association', method: 'pull down' }),
          interaction('EBI-5', [ref(A), ref(B)], { pubmed: '333', method: 'tandem affinity purification' }),
        ),
      ),
    );
    expect(triples(pathway)).toEqual(['aaa-human binds bbb-human']);
    const [edge] = pathway.edges;
    expect(edge!.evidence.map((e) => e.ref)).toEqual(['pmid222', 'pmid333']);
    expect(edge!.evidence[1]!.note).toContain('IntAct EBI-4: association shown by pull down');
    expect(edge!.evidence[1]!.note).toContain(
      'IntAct EBI-5: physical association shown by tandem affinity purification',
    );
    expect(edge!.claim).toBe(
      'aaa_human binds bbb_human: physical association shown by anti tag coimmunoprecipitation (IntAct EBI-3), association shown by pull down (IntAct EBI-4) and physical association shown by tandem affinity purification (IntAct EBI-5).',
    );
  });

  it('other interaction types: an enzymatic reaction runs from the enzyme, colocalization and unknown types say so', () => {
    const { pathway, warnings } = read(
      importMiJson(
        file(
          A,
          B,
          C,
          interaction(
            'EBI-6',
            [
              { ref: B.id, role: 'enzyme target' },
              { ref: A.id, role: 'enzyme' },
            ],
            {
              type: 'phosphorylation reaction',
              method: 'protein kinase assay',
            },
          ),
          interaction('EBI-7', [ref(A), ref(C)], { type: 'colocalization', method: 'fluorescence microscopy' }),
          interaction('EBI-8', [ref(B), ref(C)], { type: 'telepathic association' }),
        ),
      ),
    );
    expect(triples(pathway)).toEqual([
      'aaa-human unknown-influence bbb-human',
      'aaa-human unknown-influence ccc-human',
      'bbb-human unknown-influence ccc-human',
    ]);
    const claims = Object.fromEntries(pathway.edges.map((e) => [e.id, e.claim]));
    expect(claims).toEqual({
      'aaa-human-phosphorylation-reaction-bbb-human':
        'aaa_human influences bbb_human: phosphorylation reaction shown by protein kinase assay (IntAct EBI-6); the sign of the effect is not given.',
      'aaa-human-colocalization-ccc-human':
        "aaa_human and ccc_human are associated: colocalization shown by fluorescence microscopy (IntAct EBI-7); the file gives neither direction nor sign, so the arrow from aaa_human to ccc_human only follows the file's order.",
      'bbb-human-telepathic-association-ccc-human':
        'bbb_human influences ccc_human: telepathic association (an interaction type not known here) shown by anti tag coimmunoprecipitation (IntAct EBI-8); the sign of the effect is not given.',
    });
    expect(warnings).toContain(
      'unknown interaction type "telepathic association", imported as unknown-influence (IntAct EBI-8)',
    );
    expect(warnings.some((w) => w.startsWith('interaction type "colocalization" has neither direction nor sign'))).toBe(
      true,
    );
  });

  it('a participant naming an interactor that is not in the file is left out, with a warning naming it', () => {
    const { pathway, warnings } = read(
      importMiJson(file(A, B, interaction('EBI-9', [ref(A), { ref: 'uniprotkb_Q99999' }, ref(B)]))),
    );
    expect(triples(pathway)).toEqual(['aaa-human binds bbb-human']);
    expect(warnings).toContain(
      'participant points at interactor "uniprotkb_Q99999", which is not in the file; left out of the interaction (IntAct EBI-9)',
    );
  });

  it('an interaction without a publication gives uncited edges; a negative interaction is skipped', () => {
    const { pathway, warnings } = read(
      importMiJson(
        file(
          A,
          B,
          C,
          interaction('EBI-10', [ref(A), ref(B)], { pubmed: null }),
          interaction('EBI-11', [ref(A), ref(C)], { negative: true }),
        ),
      ),
    );
    expect(triples(pathway)).toEqual(['aaa-human binds bbb-human']);
    expect(pathway.edges[0]).toMatchObject({ uncited: true, evidence: [] });
    expect(pathway.references).toEqual({});
    expect(warnings).toContain(
      'interaction without a publication identifier (PubMed id, DOI or IMEx id): its edges are uncited (IntAct EBI-10)',
    );
    expect(warnings).toContain(
      'negative interaction (evidence that its participants do not interact) skipped (IntAct EBI-11)',
    );
  });

  it('a file without interactions, or with only unusable ones, fails with an error naming MI-JSON', () => {
    expect(failed(importMiJson(file(A, B), 'only-interactors.json'))).toEqual([
      '(file): no interactions found: the PSI-MI JSON (MI-JSON) file\'s "data" list holds 2 interactors and no "interaction" item; a pathway needs at least one',
    ]);
    const skipped = failed(importMiJson(file(A, interaction('EBI-12', [ref(A), { ref: 'missing' }]))));
    expect(skipped[0]).toContain('no usable interactions found: the PSI-MI JSON (MI-JSON) file');
    expect(failed(importMiJson('{"elements": []}'))[0]).toContain('expected PSI-MI JSON (MI-JSON)');
    expect(failed(importMiJson('{"data": [')).length).toBe(1);
  });
});

describe('detection: MI-JSON before the Cytoscape.js JSON fallback', () => {
  it('a top-level "data" list of interactors and interactions is MI-JSON; any other JSON stays Cytoscape.js', () => {
    expect(detectFormat('intact.json', file(A, B, interaction('EBI-1', [ref(A), ref(B)])))).toBe('mijson');
    expect(detectFormat('interactors.json', file(A))).toBe('mijson');
    const cyjs = {
      data: { name: 'net' },
      elements: {
        nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
        edges: [{ data: { source: 'a', target: 'b' } }],
      },
    };
    expect(detectFormat('net.json', JSON.stringify(cyjs))).toBe('cyjs');
    expect(detectFormat('net.json', JSON.stringify([{ data: { id: 'a' } }]))).toBe('cyjs');
    expect(detectFormat('net.json', '{"data": [{"id": "a"}]}')).toBe('cyjs');
  });
});
