import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parsePathway, parsePathwayText } from '../../src/model/validate';
import { checkInput, formatPath } from '../../src/model/validation/issues';
import { rawFixture, readJson } from '../helpers/fixtures';

const errorsOf = (value: unknown) => {
  const result = parsePathway(value);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('parsePathway', () => {
  it('accepts the fixture', () => {
    const result = parsePathway(readJson('tests/fixtures/mini.json'));
    expect(result.ok).toBe(true);
  });

  it('accepts the built-in model', () => {
    const result = parsePathway(readJson('data/antidepressants.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
    expect(result.pathway.layers.length).toBeGreaterThanOrEqual(6);
  });

  it('names a missing reference by its JSON path', () => {
    const raw = rawFixture();
    (raw.edges[2] as { evidence: { ref: string }[] }).evidence[0]!.ref = 'smith2099';
    expect(errorsOf(raw)).toContain('edges[2].evidence[0].ref: no reference "smith2099"');
  });

  it('says what was expected for a wrong enum value', () => {
    const raw = rawFixture();
    raw.edges[0]!.relation = 'activates';
    const [error] = errorsOf(raw);
    expect(error).toMatch(/^edges\[0\]\.relation: expected "positive-influence" \| .* got "activates"$/);
  });

  it('rejects unknown fields, so typos are caught', () => {
    const raw = rawFixture();
    raw.edges[0]!.claimm = 'typo';
    expect(errorsOf(raw)).toContain('edges[0]: unknown field "claimm"');
  });

  it('reports a missing required field', () => {
    const raw = rawFixture();
    delete raw.edges[1]!.claim;
    expect(errorsOf(raw)).toContain('edges[1].claim: required string is missing');
  });

  it('requires a supporting citation on every edge', () => {
    const raw = rawFixture();
    raw.edges[0]!.evidence = [{ ref: 'smith2020', kind: 'review', stance: 'contests' }];
    expect(errorsOf(raw)).toContain(
      'edges[0].evidence: needs at least one item with stance "supports" (or "uncited": true for an imported edge)',
    );
    raw.edges[0]!.evidence = [];
    raw.edges[0]!.uncited = true;
    expect(parsePathway(raw).ok).toBe(true);
  });

  it('requires a reason on an inferred edge', () => {
    const raw = rawFixture();
    delete raw.edges[1]!.reason;
    expect(errorsOf(raw)).toContain('edges[1].reason: an inferred edge must say why it is drawn (reason)');
  });

  it('rejects a malformed DOI', () => {
    const raw = rawFixture() as unknown as { references: Record<string, { DOI: string }> };
    raw.references.smith2020!.DOI = 'https://doi.org/10.1000/x';
    expect(errorsOf(raw).join('\n')).toMatch(
      /references\.smith2020\.DOI: "https:\/\/doi\.org\/10\.1000\/x" does not match/,
    );
  });

  it('finds dangling node and layer ids and duplicates', () => {
    const raw = rawFixture();
    raw.edges[0]!.target = 'zzz';
    raw.edges[0]!.layers = ['alpha', 'gamma'];
    raw.edges[1]!.id = 'a-inhibits-b';
    const errors = errorsOf(raw);
    expect(errors).toContain('edges[0].target: no node "zzz"');
    expect(errors).toContain('edges[0].layers[1]: no layer "gamma"');
    expect(errors).toContain('edges[1].id: duplicate edge id "a-inhibits-b"');
  });

  it('never throws on hostile values', () => {
    for (const value of [null, 42, 'x', [], { schemaVersion: 2 }, { __proto__: { id: 1 } }, new Date()]) {
      expect(() => parsePathway(value)).not.toThrow();
      expect(parsePathway(value).ok).toBe(false);
    }
  });
});

describe('compartments', () => {
  type RawNode = { id: string; label: string; kind: string; description: string; parent?: string };
  /** mini with a cell holding a nucleus, and b in the cell, c in the nucleus. */
  const withCompartments = () => {
    const raw = rawFixture() as ReturnType<typeof rawFixture> & { nodes: RawNode[] };
    const box = (id: string, parent?: string): RawNode => ({
      id,
      label: id,
      kind: 'compartment',
      description: `The ${id}.`,
      ...(parent ? { parent } : {}),
    });
    raw.nodes.push(box('cell'), box('nucleus', 'cell'));
    raw.nodes.find((n) => n.id === 'b')!.parent = 'cell';
    raw.nodes.find((n) => n.id === 'c')!.parent = 'nucleus';
    return raw;
  };
  const node = (raw: { nodes: RawNode[] }, id: string) => raw.nodes.find((n) => n.id === id)!;
  const at = (raw: { nodes: RawNode[] }, id: string) => raw.nodes.findIndex((n) => n.id === id);

  it('accepts nested compartments', () => {
    const result = parsePathway(withCompartments());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.pathway.nodes.find((n) => n.id === 'c')?.parent).toBe('nucleus');
  });

  it('a parent must be an existing node', () => {
    const raw = withCompartments();
    node(raw, 'b').parent = 'golgi';
    expect(errorsOf(raw)).toEqual([`nodes[${at(raw, 'b')}].parent: no node "golgi"`]);
  });

  it('a parent must be a compartment', () => {
    const raw = withCompartments();
    node(raw, 'c').parent = 'b';
    expect(errorsOf(raw)).toEqual([
      `nodes[${at(raw, 'c')}].parent: "b" is a protein node, not a compartment: only a node of kind "compartment" can contain others`,
    ]);
  });

  it('a compartment cannot contain itself', () => {
    const raw = withCompartments();
    node(raw, 'cell').parent = 'cell';
    expect(errorsOf(raw)).toEqual([`nodes[${at(raw, 'cell')}].parent: a node cannot contain itself`]);
  });

  it('compartments cannot contain each other in a loop, reported once at the first of them', () => {
    const raw = withCompartments();
    node(raw, 'cell').parent = 'nucleus';
    expect(errorsOf(raw)).toEqual([
      `nodes[${at(raw, 'cell')}].parent: compartments contain each other in a loop ("cell" → "nucleus" → "cell"): a compartment cannot be inside itself`,
    ]);
    const three = withCompartments();
    three.nodes.push({ id: 'organelle', label: 'o', kind: 'compartment', description: 'o.', parent: 'nucleus' });
    node(three, 'cell').parent = 'organelle';
    // b and c sit inside the loop without being part of it: one error, not one per node
    expect(errorsOf(three)).toEqual([
      `nodes[${at(three, 'cell')}].parent: compartments contain each other in a loop ("cell" → "organelle" → "nucleus" → "cell"): a compartment cannot be inside itself`,
    ]);
  });

  it('no interaction starts or ends at a compartment', () => {
    const raw = withCompartments();
    raw.edges[0]!.source = 'cell';
    raw.edges[1]!.target = 'nucleus';
    expect(errorsOf(raw)).toEqual([
      'edges[0].source: "cell" is a compartment: an interaction joins the nodes inside a compartment, not the compartment itself (as SBGN arcs never end at a compartment glyph)',
      'edges[1].target: "nucleus" is a compartment: an interaction joins the nodes inside a compartment, not the compartment itself (as SBGN arcs never end at a compartment glyph)',
    ]);
  });
});

describe('clones', () => {
  type Raw = { nodes: { id: string; position?: object }[]; edges: { id: string; sourceClone?: object }[] };
  it('a clone needs every other node placed, and says which are not', () => {
    const raw = rawFixture() as unknown as Raw;
    raw.edges[0]!.sourceClone = { x: 1, y: 2 };
    expect(errorsOf(raw)).toEqual([
      'edges[0].sourceClone: a clone is drawn at a position beside its target, so every node must be placed (a position on each); not placed: "b", "c", "d", "e", "f"',
    ]);
  });

  it('does not ask for a place for a node that no edge touches (it is not drawn)', () => {
    const raw = rawFixture() as unknown as Raw & {
      nodes: { id: string; label: string; kind: string; description: string }[];
    };
    const source = (raw.edges[0] as unknown as { source: string }).source;
    raw.nodes.forEach((n, i) => {
      if (n.id !== source) n.position = { x: i * 100, y: 0 };
    });
    raw.edges.forEach((e) => {
      if ((e as unknown as { source: string }).source === source) e.sourceClone = { x: 5, y: 5 };
    });
    raw.nodes.push({ id: 'lonely', label: 'Lonely', kind: 'protein', description: 'Touched by no edge.' });
    expect(parsePathway(raw).ok).toBe(true);
  });

  it('accepts a clone when every node drawn at its own place has a position', () => {
    const raw = rawFixture() as unknown as Raw;
    const source = (raw.edges[0] as unknown as { source: string }).source;
    raw.nodes.forEach((n, i) => {
      if (n.id !== source) n.position = { x: i * 100, y: 0 };
    });
    raw.edges.forEach((e) => {
      if ((e as unknown as { source: string }).source === source) e.sourceClone = { x: 5, y: 5 };
    });
    expect(parsePathway(raw).ok).toBe(true);
  });
});

describe('parsePathwayText', () => {
  it('gives the line and column of a syntax error', () => {
    const result = parsePathwayText('{\n  "id": "x",\n  oops\n}');
    if (result.ok) throw new Error('expected a syntax error');
    expect(result.errors[0]!.path).toBe('line 3, column 3');
    expect(result.errors[0]!.message).toMatch(/^not valid JSON/);
  });
});

describe('formatPath', () => {
  it('writes JSON paths the way people read them', () => {
    expect(formatPath(['edges', 12, 'evidence', 0, 'ref'])).toBe('edges[12].evidence[0].ref');
    expect(formatPath(['references', 'a b'])).toBe('references["a b"]');
    expect(formatPath([])).toBe('(top level)');
  });
});

describe('checkInput: how every boundary (file, URL, embed message) reports a zod problem', () => {
  it('names the path and what was expected, in the standard wording', () => {
    const schema = z.object({ a: z.array(z.string()), b: z.optional(z.enum(['x', 'y'])) });
    expect(checkInput(schema, { a: [1], b: 'z' })).toEqual({
      ok: false,
      errors: [
        { path: 'a[0]', message: 'expected string, got 1' },
        { path: 'b', message: 'expected "x" | "y", got "z"' },
      ],
    });
    expect(checkInput(schema, { a: ['q'] })).toEqual({ ok: true, value: { a: ['q'] } });
  });

  it('uses the words a schema gives for its own problems', () => {
    const schema = z.object({ name: z.string({ error: 'needs a name' }), age: z.number() });
    expect(checkInput(schema, { name: 3, age: 'old' })).toEqual({
      ok: false,
      errors: [
        { path: 'name', message: 'needs a name' },
        { path: 'age', message: 'expected number, got "old"' },
      ],
    });
  });

  it('reports a union by the alternative that got furthest, unless the union has words of its own', () => {
    const options = [z.object({ x: z.string() }), z.object({ y: z.number(), z: z.number() })] as const;
    expect(checkInput(z.union(options), { y: 'a' })).toEqual({
      ok: false,
      errors: [{ path: 'x', message: 'required string is missing' }],
    });
    expect(checkInput(z.union(options, { error: 'an x or a y and a z' }), { y: 'a' })).toEqual({
      ok: false,
      errors: [{ path: '(top level)', message: 'an x or a y and a z' }],
    });
  });

  it('says what a record key should look like', () => {
    const raw = rawFixture();
    const refs = raw.references as Record<string, unknown>;
    refs['Bad Key'] = Object.values(refs)[0];
    expect(errorsOf(raw)).toContain(
      'references["Bad Key"]: invalid key: "Bad Key" does not match /^[a-z][a-z0-9_-]*$/',
    );
  });
});
