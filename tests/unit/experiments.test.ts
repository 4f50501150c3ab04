import { describe, expect, it } from 'vitest';
import {
  activatingPath,
  compareLayers,
  predict,
  predictAll,
  verdict,
  type Experiment,
  type Perturbation,
} from '../../src/model/experiments';
import { buildModel, type Model } from '../../src/model/model';
import { parsePathway } from '../../src/model/validate';
import { fixtureModel, rawFixture, readJson } from '../helpers/fixtures';

/** tests/fixtures/reach.json: one small layer per rule (see docs/reachability.md). */
const m = fixtureModel('reach');

/** An experiment on the fixture: drug D, readout O unless said otherwise. */
function exp(perturbation: Perturbation, drug = 'd', readout = 'o'): Experiment {
  return {
    id: 'x',
    title: 'x',
    description: 'x',
    drug,
    perturbation,
    readout,
    observed: { result: 'lost', evidence: [{ ref: 'ref2020', kind: 'animal-genetic' }] },
    caveats: [],
  };
}

const outcome = (model: Model, x: Experiment, layer: string) => predict(model, x, layer).prediction;

describe('reachability rules (fixture)', () => {
  it('uses only the edges of the one layer', () => {
    const path = activatingPath(m, 'gated', 'd', 'o');
    expect(path).not.toBeNull();
    for (const id of path ?? []) expect(m.edgeById.get(id)?.layers).toContain('gated');
    // D → O exists in the critique layer only; the chain layer must not borrow it.
    expect(activatingPath(m, 'chain', 'd', 'o')).toEqual(['d-blocks-t', 't-clears-s', 's-drives-o']);
  });

  it('reads two inhibitions in a row as activation (D ⊣ T ⊣ S → O)', () => {
    const p = predict(m, exp({ removeNodes: ['k'] }), 'chain');
    expect(p.prediction).toBe('retained');
    expect(p.path).toEqual(['d-blocks-t', 't-clears-s', 's-drives-o']);
    expect(p.reason).toContain('Drug D ⊣ Transporter T ⊣ Signal S → Outcome O');
  });

  it('does not read a single inhibition as a path to activation', () => {
    expect(activatingPath(m, 'single', 'd', 'o')).toBeNull();
    expect(outcome(m, exp({ removeNodes: ['k'] }), 'single')).toBe('no-prediction');
  });

  it('carries no activation along an unknown influence', () => {
    expect(activatingPath(m, 'vague', 'd', 'o')).toBeNull();
    expect(outcome(m, exp({ removeNodes: ['k'] }), 'vague')).toBe('no-prediction');
  });

  it('searches (node, sign) states, so a cycle terminates and can flip the sign', () => {
    // D ⊣ A → B reaches B inhibited; only going round B ⊣ A once more reaches O activated.
    expect(activatingPath(m, 'loop', 'd', 'o')).toEqual([
      'd-inhibits-a',
      'a-drives-b',
      'b-inhibits-a',
      'a-drives-b',
      'b-drives-o',
    ]);
  });

  it('treats positive inputs as alternatives: cutting one route keeps the other', () => {
    const p = predict(m, exp({ cutEdges: ['k-drives-o'] }), 'gated');
    expect(p.prediction).toBe('retained');
    expect(p.path).toEqual(['d-activates-x', 'x-drives-o']);
    expect(outcome(m, exp({ cutEdges: ['k-drives-o', 'x-drives-o'] }), 'gated')).toBe('lost');
  });

  it('removes a knocked-out node with every edge touching it', () => {
    expect(outcome(m, exp({ removeNodes: ['k'] }), 'gated')).toBe('retained');
    const p = predict(m, exp({ removeNodes: ['k', 'x'] }), 'gated');
    expect(p.prediction).toBe('lost');
    expect(p.reason).toMatch(/^Kinase K is removed, and no other activating path from Drug D to Outcome O remains\.$/);
  });

  it('needs every necessary stimulation: a missing one blocks the target whatever else reaches it', () => {
    expect(outcome(m, exp({ removeNodes: ['n'] }), 'gated')).toBe('lost');
    expect(outcome(m, exp({ cutEdges: ['n-needed-for-o'] }), 'gated')).toBe('lost');
    // Transitively: M is necessary for N, which is necessary for O.
    const p = predict(m, exp({ removeNodes: ['m'] }), 'gated');
    expect(p.prediction).toBe('lost');
    expect(p.reason).toContain('Outcome O cannot work without Cofactor N');
  });

  it('lets an allosteric modulator pass only while its target has another, non-concept positive input', () => {
    expect(predict(m, exp({ removeNodes: ['k'] }), 'pam').path).toEqual(['d-modulates-r', 'r-drives-o']);
    const noLigand = predict(m, exp({ removeNodes: ['g'] }), 'pam');
    expect(noLigand.prediction).toBe('lost');
    expect(noLigand.reason).toContain('Drug D modulates Receptor R, but nothing is left for it to amplify');
    expect(outcome(m, exp({ cutEdges: ['g-binds-r'] }), 'pam')).toBe('lost');
    // The concept C → R input is still there, and does not count as something to amplify.
    expect(activatingPath(m, 'pam', 'd', 'o', { removeNodes: ['g'] })).toBeNull();
  });

  it('says no-prediction, never lost, when the layer does not reach the readout even unperturbed', () => {
    expect(outcome(m, exp({ removeNodes: ['t'] }), 'single')).toBe('no-prediction');
    expect(outcome(m, exp({ removeNodes: ['t'] }, 'd2'), 'gated')).toBe('no-prediction');
    expect(predict(m, exp({ removeNodes: ['t'] }, 'd2'), 'gated').reason).toMatch(/draws no activating path/);
  });

  it('abolishing a drug’s binding keeps the target’s other functions; removing the target does not', () => {
    const abolish = exp({ abolishBinding: ['d-blocks-t'] });
    expect(outcome(m, abolish, 'chain')).toBe('lost');
    expect(predict(m, abolish, 'chain').reason).toContain('Drug D can no longer bind Transporter T');
    // D2 still blocks T, and T still clears S: the path through T ⊣ S survives.
    const other = predict(m, { ...abolish, drug: 'd2' }, 'chain');
    expect(other.prediction).toBe('retained');
    expect(other.path).toEqual(['d2-blocks-t', 't-clears-s', 's-drives-o']);
    expect(outcome(m, exp({ removeNodes: ['t'] }, 'd2'), 'chain')).toBe('lost');
  });

  it('makes no prediction for a critique layer or an unknown layer', () => {
    expect(activatingPath(m, 'critique', 'd', 'o')).toEqual(['d-helps-o']);
    const p = predict(m, exp({ removeNodes: ['k'] }), 'critique');
    expect(p).toMatchObject({ prediction: 'no-prediction', path: [] });
    expect(outcome(m, exp({ removeNodes: ['k'] }), 'nope')).toBe('no-prediction');
  });
});

describe('predictAll, compareLayers, verdict (fixture)', () => {
  it('predicts every layer in display order and flags disagreement', () => {
    const abolish = m.experimentById.get('abolish-t')!;
    const all = predictAll(m, abolish);
    expect(all.experimentId).toBe('abolish-t');
    expect(all.layers.map((l) => l.layerId)).toEqual(m.layerIds);
    expect(Object.fromEntries(all.layers.map((l) => [l.layerId, l.prediction]))).toEqual({
      chain: 'lost',
      single: 'no-prediction',
      vague: 'no-prediction',
      gated: 'retained',
      pam: 'retained',
      loop: 'retained',
      critique: 'no-prediction',
    });
    expect(all.discriminates).toBe(true);
    // Only the chain layer draws D2, so nothing can disagree.
    expect(predictAll(m, { ...abolish, drug: 'd2' }).discriminates).toBe(false);
  });

  it('compares two layers by edges and by the experiments that separate them', () => {
    const c = compareLayers(m, 'gated', 'pam');
    expect(c.onlyA).toEqual(['d-activates-k', 'k-drives-o', 'd-activates-x', 'n-needed-for-o', 'm-needed-for-n']);
    expect(c.onlyB).toEqual(['d-modulates-r', 'g-binds-r', 'c-pushes-r', 'r-drives-o']);
    expect(c.shared).toEqual(['x-drives-o']);
    // remove-g: gated retained, pam lost. abolish-t: both retained.
    expect(c.experiments).toEqual(['remove-g']);
    // A layer that makes no prediction never counts as differing.
    expect(compareLayers(m, 'chain', 'single').experiments).toEqual([]);
  });

  it('judges a prediction against the observed result', () => {
    expect(verdict('lost', 'lost')).toBe('agrees');
    expect(verdict('retained', 'lost')).toBe('disagrees');
    expect(verdict('lost', 'partial')).toBe('unclear');
    expect(verdict('no-prediction', 'lost')).toBe('no-prediction');
  });
});

describe('experiment validation', () => {
  type RawExperiment = Record<string, unknown> & { perturbation: Record<string, unknown> };
  const withExperiment = (change: (x: RawExperiment) => void) => {
    const raw = rawFixture('reach') as unknown as Record<string, unknown> & { experiments: RawExperiment[] };
    change(raw.experiments[0]!);
    return raw;
  };
  const errorsOf = (raw: unknown) => {
    const result = parsePathway(raw);
    if (result.ok) throw new Error('expected errors');
    return result.errors.map((e) => `${e.path}: ${e.message}`);
  };

  it('accepts the fixture and builds the lookup maps', () => {
    expect(m.experimentById.get('remove-g')?.readout).toBe('o');
    expect(m.tourById.get('intro')?.steps).toHaveLength(2);
  });

  it('names unknown nodes, edges and references by JSON path', () => {
    const errors = errorsOf(
      withExperiment((x) => {
        x.drug = 'zz';
        x.readout = 'yy';
        x.perturbation = { removeNodes: ['k', 'q'], cutEdges: ['nope'], abolishBinding: ['gone'] };
        x.observed = { result: 'lost', evidence: [{ ref: 'smith2099', kind: 'review' }] };
        x.caveats = ['See [@missing].'];
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'experiments[0].drug: no node "zz"',
        'experiments[0].readout: no node "yy"',
        'experiments[0].perturbation.removeNodes[1]: no node "q"',
        'experiments[0].perturbation.cutEdges[0]: no edge "nope"',
        'experiments[0].perturbation.abolishBinding[0]: no edge "gone"',
        'experiments[0].observed.evidence[0].ref: no reference "smith2099"',
        'experiments[0].caveats[0]: no reference "missing"',
      ]),
    );
  });

  it('requires abolishBinding edges to start at a drug, and says what to use instead', () => {
    const errors = errorsOf(withExperiment((x) => (x.perturbation = { abolishBinding: ['t-clears-s'] })));
    expect(errors).toEqual([
      'experiments[0].perturbation.abolishBinding[0]: edge "t-clears-s" starts at "t" (a protein), not at a drug: abolishBinding is for drug-binding edges; use cutEdges to block it or removeNodes to knock out "t"',
    ]);
    // Another drug's binding edge is fine.
    expect(parsePathway(withExperiment((x) => (x.perturbation = { abolishBinding: ['d2-blocks-t'] }))).ok).toBe(true);
  });

  it('requires a non-empty perturbation, a drug node and a readout that is not knocked out', () => {
    expect(errorsOf(withExperiment((x) => (x.perturbation = { cutEdges: [] })))).toEqual([
      'experiments[0].perturbation: needs at least one of removeNodes, cutEdges or abolishBinding, non-empty',
    ]);
    expect(errorsOf(withExperiment((x) => (x.drug = 't')))).toEqual([
      'experiments[0].drug: "t" is a protein node, not a drug',
    ]);
    expect(errorsOf(withExperiment((x) => (x.perturbation = { removeNodes: ['o', 'd'] })))).toEqual([
      'experiments[0].perturbation.removeNodes[0]: removes the readout "o", which then cannot be measured',
      'experiments[0].perturbation.removeNodes[1]: removes the experiment\'s own drug "d"',
    ]);
  });

  it('rejects duplicate experiment ids and a wrong observed result', () => {
    const raw = rawFixture('reach') as unknown as Record<string, unknown> & { experiments: Record<string, unknown>[] };
    raw.experiments[1]!.id = 'abolish-t';
    expect(errorsOf(raw)).toContain('experiments[1].id: duplicate experiment id "abolish-t"');
    const bad = withExperiment((x) => (x.observed = { result: 'gone', evidence: [] }));
    const errors = errorsOf(bad);
    expect(errors.join('\n')).toMatch(/experiments\[0\]\.observed\.result: expected "lost" \| "retained" \| "partial"/);
    expect(errors).toContain('experiments[0].observed.evidence: expected at least 1 item');
  });
});

describe('the built-in experiments', () => {
  const result = parsePathway(readJson('data/antidepressants.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  const model = buildModel(result.pathway);
  const x = (id: string) => {
    const found = model.experimentById.get(id);
    if (!found) throw new Error(`no experiment ${id}`);
    return found;
  };

  it('SERT Met172 + fluoxetine: classic lost, direct binding retained, observed lost (Nackenoff)', () => {
    const met172 = x('sert-met172-fluoxetine');
    expect(outcome(model, met172, 'classic')).toBe('lost');
    const direct = predict(model, met172, 'direct-trkb');
    expect(direct.prediction).toBe('retained');
    expect(direct.path).toEqual(['fluoxetine-modulates-trkb', 'trkb-needed-for-response']);
    expect(met172.observed.result).toBe('lost');
    expect(met172.observed.evidence.map((e) => e.ref)).toContain('nackenoff2016');
    expect(predictAll(model, met172).discriminates).toBe(true);
  });

  it('TrkB Y433F + fluoxetine: classic retained, direct binding lost, observed lost', () => {
    const y433f = x('trkb-y433f-fluoxetine');
    expect(outcome(model, y433f, 'classic')).toBe('retained');
    expect(outcome(model, y433f, 'direct-trkb')).toBe('lost');
    expect(y433f.observed.result).toBe('lost');
    expect(y433f.observed.evidence.map((e) => e.ref)).toContain('casarotto2021');
  });

  it('lists both in the classic vs direct-binding comparison', () => {
    const c = compareLayers(model, 'classic', 'direct-trkb');
    expect(c.experiments).toEqual(expect.arrayContaining(['sert-met172-fluoxetine', 'trkb-y433f-fluoxetine']));
    // Both draw BDNF acting on TrkB, and both need BDNF and TrkB for the response.
    expect(c.shared).toEqual(['bdnf-binds-trkb', 'bdnf-needed-for-response', 'trkb-needed-for-response']);
  });

  it('predicts, per experiment, what each layer says (the golden table), with the reasons in the caveats', () => {
    const table = Object.fromEntries(
      result.pathway.experiments!.map((ex) => [
        ex.id,
        Object.fromEntries(
          predictAll(model, ex)
            .layers.filter((l) => l.prediction !== 'no-prediction')
            .map((l) => [l.layerId, l.prediction]),
        ),
      ]),
    );
    expect(table).toEqual({
      // Lifting the 5-HT1A brake adds speed, which reachability cannot express: every layer keeps the effect.
      'pindolol-ssri-onset': { classic: 'retained', 'direct-trkb': 'retained' },
      'sert-met172-fluoxetine': { classic: 'lost', 'direct-trkb': 'retained' },
      'sert-knockout-ssri-trkb': { classic: 'lost', 'direct-trkb': 'retained' },
      // Classic draws imipramine ⊣ SERT/NET and reaches TrkB only through BDNF; a pure PAM needs BDNF.
      'bdnf-knockout-imipramine-trkb': { classic: 'lost', 'direct-trkb': 'lost' },
      'trkb-y433f-fluoxetine': { classic: 'retained', 'direct-trkb': 'lost' },
      // Both need released BDNF (BDNF ⇒ response): it does not discriminate.
      'bdnf-val66met-fluoxetine': { classic: 'lost', 'direct-trkb': 'lost' },
      'progenitor-trkb-deletion-ketamine': {
        'direct-trkb': 'lost',
        'ketamine-neurogenesis': 'lost',
        'ketamine-nmdar': 'lost',
      },
      'nf1-deletion-ketamine': {
        'direct-trkb': 'retained',
        'ketamine-neurogenesis': 'retained',
        'ketamine-nmdar': 'retained',
      },
      'rapamycin-ketamine-synaptogenesis': { 'ketamine-nmdar': 'lost' },
      // The NMDA layer also draws BDNF → TrkB without mTOR (eEF2 kinase), so no layer needs mTOR for the response.
      'rapamycin-ketamine-patients': {
        'direct-trkb': 'retained',
        'ketamine-neurogenesis': 'retained',
        'ketamine-nmdar': 'retained',
      },
      // Starting versus keeping the effect is beyond reachability; observed "partial" reads as unclear.
      'spine-removal-ketamine': {
        'direct-trkb': 'retained',
        'ketamine-neurogenesis': 'retained',
        'ketamine-nmdar': 'retained',
      },
      // Neither layer draws cholesterol as something the drug needs; the caveats say so.
      'cholesterol-depletion-fluoxetine': { classic: 'retained', 'direct-trkb': 'retained' },
      'lsd-5ht2a-blocked-plasticity': { psychedelics: 'retained' },
      'lsd-5ht2a-blocked-head-twitch': { psychedelics: 'lost' },
    });
  });

  it('says in the caveats why an experiment does not discriminate, whenever its layers agree', () => {
    for (const ex of result.pathway.experiments!) {
      const all = predictAll(model, ex);
      const made = all.layers.filter((l) => l.prediction !== 'no-prediction');
      if (made.length < 2 || all.discriminates) continue;
      expect(ex.caveats.join(' '), ex.id).toMatch(
        /not discriminate|cannot separate|every layer|both predict|no layer predicts/i,
      );
    }
    // The floor: most of the built-in experiments are like this, so the loop above checks something.
    const agreeing = result.pathway.experiments!.filter((ex) => {
      const all = predictAll(model, ex);
      return !all.discriminates && all.layers.filter((l) => l.prediction !== 'no-prediction').length >= 2;
    });
    expect(agreeing.length).toBeGreaterThanOrEqual(6);
  });

  it('judges the new experiments against what was observed', () => {
    const v = (id: string, layer: string) => verdict(predict(model, x(id), layer).prediction, x(id).observed.result);
    expect(v('pindolol-ssri-onset', 'classic')).toBe('agrees');
    expect(v('bdnf-val66met-fluoxetine', 'direct-trkb')).toBe('agrees');
    expect(v('rapamycin-ketamine-patients', 'ketamine-nmdar')).toBe('agrees');
    expect(v('spine-removal-ketamine', 'ketamine-nmdar')).toBe('unclear');
    expect(x('rapamycin-ketamine-patients').observed.evidence[0]).toMatchObject({
      ref: 'abdallah2020',
      kind: 'human-clinical',
    });
  });

  it('gives every retained prediction a path of that layer’s edges from the drug to the readout', () => {
    let retained = 0;
    for (const ex of result.pathway.experiments!) {
      for (const l of predictAll(model, ex).layers) {
        if (l.prediction !== 'retained') {
          expect(l.path).toEqual([]);
          continue;
        }
        retained++;
        expect(l.path.length, `${ex.id} / ${l.layerId}`).toBeGreaterThan(0);
        const edges = l.path.map((id) => model.edgeById.get(id)!);
        expect(edges[0]!.source).toBe(ex.drug);
        expect(edges.at(-1)!.target).toBe(ex.readout);
        edges.forEach((e, i) => {
          expect(e.layers).toContain(l.layerId);
          if (i > 0) expect(e.source).toBe(edges[i - 1]!.target);
        });
      }
    }
    // Several predictions are 'retained', so the path rule is checked on them.
    expect(retained).toBeGreaterThan(3);
  });
});
