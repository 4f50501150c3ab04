import { describe, expect, it } from 'vitest';
import { predictAll, type ExperimentPredictions } from '../../src/model/experiments';
import { buildModel } from '../../src/model/model';
import { askedLayers, markGuesses, scoreOf } from '../../src/model/predict';
import { parsePathway } from '../../src/model/validate';
import { readJson } from '../helpers/fixtures';

const parsed = parsePathway(readJson('data/antidepressants.json'));
if (!parsed.ok) throw new Error('built-in model invalid');
const model = buildModel(parsed.pathway);
const sertMet172 = predictAll(model, model.experimentById.get('sert-met172-fluoxetine')!);

describe('predict, then reveal', () => {
  it('asks only about the hypotheses that make a prediction, in display order', () => {
    const asked = askedLayers(sertMet172).map((p) => `${p.layerId} ${p.prediction}`);
    expect(asked).toEqual(
      sertMet172.layers.filter((p) => p.prediction !== 'no-prediction').map((p) => `${p.layerId} ${p.prediction}`),
    );
    // The experiment tells classic (lost) from direct binding (retained).
    expect(asked).toEqual(expect.arrayContaining(['classic lost', 'direct-trkb retained']));
    expect(asked.length).toBeLessThan(sertMet172.layers.length);
  });

  it('marks nothing until every asked hypothesis has a guess', () => {
    const asked = askedLayers(sertMet172);
    const all = Object.fromEntries(asked.map((p) => [p.layerId, 'lost' as const]));
    expect(markGuesses(sertMet172, {})).toBeNull();
    const { [asked[0]!.layerId]: _left, ...allButOne } = all;
    expect(markGuesses(sertMet172, allButOne)).toBeNull();
    expect(markGuesses(sertMet172, all)).toHaveLength(asked.length);
  });

  it('marks each guess against the hypothesis, ignores guesses for others, and scores the visit', () => {
    const guesses = Object.fromEntries(askedLayers(sertMet172).map((p) => [p.layerId, p.prediction]));
    const answers = markGuesses(sertMet172, {
      ...guesses,
      'direct-trkb': 'partial',
      'not-asked': 'lost',
    })!;
    expect(answers.find((a) => a.layer === 'classic')).toEqual({
      experiment: 'sert-met172-fluoxetine',
      layer: 'classic',
      guess: 'lost',
      predicted: 'lost',
      correct: true,
    });
    expect(answers.find((a) => a.layer === 'direct-trkb')).toMatchObject({ predicted: 'retained', correct: false });
    expect(answers.map((a) => a.layer)).not.toContain('not-asked');
    expect(scoreOf(answers)).toEqual({ correct: answers.length - 1, answered: answers.length });
    expect(scoreOf([])).toEqual({ correct: 0, answered: 0 });
  });

  it('asks nothing when no hypothesis makes a prediction', () => {
    const none: ExperimentPredictions = {
      experimentId: 'x',
      discriminates: false,
      layers: [{ layerId: 'a', prediction: 'no-prediction', path: [], reason: '' }],
    };
    expect(askedLayers(none)).toEqual([]);
    expect(markGuesses(none, {})).toEqual([]);
  });
});
