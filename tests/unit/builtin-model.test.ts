import { describe, expect, it } from 'vitest';
import { MAX_NODE_SCALE } from '../../src/graph/stylesheet';
import { isContested } from '../../src/model/layers';
import { parsePathway } from '../../src/model/validate';
import { layoutProblems } from '../helpers/geometry';
import { readJson } from '../helpers/fixtures';

const result = parsePathway(readJson('data/antidepressants.json'));
if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
const p = result.pathway;

describe('the built-in model', () => {
  it('has the hypotheses the course needs, each with its own colour and line pattern', () => {
    const ids = p.layers.map((l) => l.id);
    for (const id of ['classic', 'direct-trkb', 'ketamine-neurogenesis', 'ketamine-nmdar', 'plasticity', 'critique'])
      expect(ids).toContain(id);
    expect(new Set(p.layers.map((l) => l.color)).size).toBe(p.layers.length);
    expect(new Set(p.layers.map((l) => l.lineStyle)).size).toBe(p.layers.length);
    expect(p.layers.find((l) => l.id === 'critique')?.role).toBe('critique');
  });

  it('draws the classic cascade SSRI ⊣ SERT → serotonin → BDNF → TrkB → mTOR / ERK → synaptogenesis', () => {
    const classic = p.edges.filter((e) => e.layers.includes('classic'));
    const has = (s: string, t: string, rel?: string) =>
      classic.some((e) => e.source === s && e.target === t && (!rel || e.relation === rel));
    expect(has('fluoxetine', 'sert', 'negative-influence')).toBe(true);
    expect(has('sert', 'serotonin')).toBe(true);
    expect(has('serotonin', 'bdnf')).toBe(true);
    expect(has('bdnf', 'trkb')).toBe(true);
    expect(has('trkb', 'mtor')).toBe(true);
    expect(has('trkb', 'erk')).toBe(true);
    expect(has('mtor', 'synaptogenesis')).toBe(true);
  });

  it('marks the serotonin → BDNF link as inferred, with its reason', () => {
    const edge = p.edges.find((e) => e.source === 'serotonin' && e.target === 'bdnf');
    expect(edge?.status).toBe('inferred');
    expect(edge?.reason).toBeTruthy();
  });

  it('puts contesting evidence on the edges it contests, and the critique layer finds them', () => {
    const contested = p.edges.filter(isContested);
    expect(contested.length).toBeGreaterThan(0);
    const direct = p.edges.find((e) => e.source === 'fluoxetine' && e.target === 'trkb');
    expect(direct?.evidence.some((ev) => ev.stance === 'contests' && ev.ref === 'nackenoff2016')).toBe(true);
  });

  it('cites Casarotto 2021 with its verified DOI and PMID', () => {
    expect(p.references.casarotto2021).toMatchObject({ DOI: '10.1016/j.cell.2021.01.034', PMID: '33606976' });
  });

  it('cites only references marked verified, and uses every reference', () => {
    for (const [key, ref] of Object.entries(p.references)) {
      expect(['V', 'V2', 'checked'], key).toContain(ref.custom?.verification);
    }
    const cited = new Set([
      ...p.edges.flatMap((e) => e.evidence.map((ev) => ev.ref)),
      ...p.layers.flatMap((l) => l.references),
    ]);
    expect([...Object.keys(p.references)].filter((k) => !cited.has(k))).toEqual([]);
  });

  it('cites popular sources only as commentary', () => {
    const blogs = Object.entries(p.references)
      .filter(([, r]) => r.type === 'post-weblog' || r.type === 'webpage')
      .map(([k]) => k);
    const blogEvidence = p.edges.flatMap((e) =>
      e.evidence.filter((ev) => blogs.includes(ev.ref)).map((ev) => `${e.id} ${ev.ref}: ${ev.kind}`),
    );
    // The model does cite popular sources, so the rule is checked on something.
    expect(blogEvidence.length).toBeGreaterThan(0);
    expect(blogEvidence.filter((line) => !line.endsWith(': commentary'))).toEqual([]);
  });

  it('touches every node with at least one edge', () => {
    const touched = new Set(p.edges.flatMap((e) => [e.source, e.target]));
    expect(p.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('is laid out with no overlapping nodes and no edge drawn through a node', () => {
    expect(layoutProblems(p)).toEqual([]);
  });

  it("keeps nodes apart even with the projector theme's larger boxes", () => {
    expect(layoutProblems(p, 0, MAX_NODE_SCALE).filter((x) => x.includes('overlaps'))).toEqual([]);
  });
});

describe('the authoring example', () => {
  it('docs/examples/minimal.json is a valid, fully cited file', () => {
    const example = parsePathway(readJson('docs/examples/minimal.json'));
    if (!example.ok) throw new Error(JSON.stringify(example.errors.slice(0, 5)));
    expect(example.pathway.edges.filter((e) => e.uncited).map((e) => e.id)).toEqual([]);
  });
});
