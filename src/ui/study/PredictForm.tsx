import { useState } from 'react';
import { labelOf } from '../../model/describe';
import type { Experiment, ExperimentPredictions } from '../../model/experiments';
import type { Model } from '../../model/model';
import { askedLayers, GUESS_TEXT, GUESSES, markGuesses, type Guess } from '../../model/predict';
import { appActions } from '../../store/store';
import { LineSample } from '../components/Glyphs';

interface Props {
  readonly model: Model;
  readonly experiment: Experiment;
  readonly predictions: ExperimentPredictions;
}

/**
 * Predict, then reveal: for each hypothesis that makes a prediction, the student says what it
 * predicts before seeing the diagram's predictions, the result and the evidence. "Show without
 * predicting" reveals at once (a lecturer showing the answer); it is not scored.
 */
export function PredictForm({ model, experiment, predictions }: Props) {
  const [guesses, setGuesses] = useState<Record<string, Guess>>({});
  const [missing, setMissing] = useState(0);
  const asked = askedLayers(predictions);
  const { commitAnswers, reveal } = appActions();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const answers = markGuesses(predictions, guesses);
    if (!answers) return setMissing(asked.filter((p) => guesses[p.layerId] === undefined).length);
    commitAnswers(experiment.id, answers);
  };

  return (
    <form className="predict" onSubmit={submit} aria-labelledby="predict-heading">
      <h4 id="predict-heading">Your prediction first</h4>
      <p className="muted">
        If each hypothesis were right, what would happen to the effect of {labelOf(model, experiment.drug)} on{' '}
        {labelOf(model, experiment.readout)} under this perturbation?
      </p>
      {asked.map((p) => {
        const layer = model.layerById.get(p.layerId);
        if (!layer) return null;
        return (
          <fieldset key={p.layerId} className="predict-choice">
            <legend>
              <LineSample color={layer.color} lineStyle={layer.lineStyle} width={20} /> {layer.title}
            </legend>
            {GUESSES.map((g) => (
              <label key={g}>
                <input
                  type="radio"
                  name={`predict-${experiment.id}-${p.layerId}`}
                  value={g}
                  checked={guesses[p.layerId] === g}
                  onChange={() => {
                    setGuesses((prev) => ({ ...prev, [p.layerId]: g }));
                    setMissing(0);
                  }}
                />{' '}
                {GUESS_TEXT[g]}
              </label>
            ))}
          </fieldset>
        );
      })}
      {missing > 0 && (
        <p className="predict-missing" role="alert">
          Answer every hypothesis first: {missing} {missing === 1 ? 'is' : 'are'} left.
        </p>
      )}
      <div className="predict-actions">
        <button type="submit">Reveal</button>
        <button type="button" className="link-button" onClick={() => reveal(experiment.id)}>
          Show without predicting
        </button>
      </div>
    </form>
  );
}
