import { useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import {
  predictAll,
  verdict,
  type Experiment,
  type ExperimentPredictions,
  type Verdict,
} from '../../model/experiments';
import { labelOf } from '../../model/describe';
import type { Model } from '../../model/model';
import { askedLayers, GUESS_TEXT, scoreOf, type Answer } from '../../model/predict';
import { EVIDENCE_KIND_LABEL } from '../../model/vocab';
import { selectAnswers, selectExperiment, selectModel, selectPathLayer, selectRevealed } from '../../store/selectors';
import { appActions } from '../../store/store';
import { CitedText, CiteLink } from '../components/CitedText';
import { LineSample } from '../components/Glyphs';
import { PredictForm } from './PredictForm';

const PREDICTION_TEXT = { lost: 'effect lost', retained: 'effect retained', 'no-prediction': 'no prediction' } as const;
const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  agrees: '✓ agrees',
  disagrees: '✗ disagrees',
  unclear: '~ partly',
  'no-prediction': '—',
};

function edgeText(model: Model, id: string): string {
  const e = model.edgeById.get(id);
  return e ? `${labelOf(model, e.source)} → ${labelOf(model, e.target)}` : id;
}

function Perturbation({ model, experiment }: { model: Model; experiment: Experiment }) {
  const p = experiment.perturbation;
  const items = [
    ...(p.removeNodes ?? []).map((id) => `removed: ${labelOf(model, id)}`),
    ...(p.cutEdges ?? []).map((id) => `cut: ${edgeText(model, id)}`),
    ...(p.abolishBinding ?? []).map((id) => `binding abolished: ${edgeText(model, id)}`),
  ];
  return (
    <ul className="perturbation">
      {items.map((t) => (
        <li key={t}>{t}</li>
      ))}
      {p.note && (
        <li>
          <CitedText model={model} text={p.note} />
        </li>
      )}
    </ul>
  );
}

/** The student's answer in the results table: ✓ or ✗ and what they said. */
function youSaid(answer: Answer | undefined): string {
  if (!answer) return '—';
  return `${answer.correct ? '✓' : '✗'} ${GUESS_TEXT[answer.guess]}`;
}

interface ResultsProps {
  readonly model: Model;
  readonly experiment: Experiment;
  readonly predictions: ExperimentPredictions;
  /** Every answer of the visit (this experiment's are shown beside the predictions). */
  readonly answers: readonly Answer[];
}

/** What was observed, what each hypothesis predicts, and how the student's answers fared. */
function Results({ model, experiment, predictions, answers }: ResultsProps) {
  const pathLayer = useAppStore(selectPathLayer);
  const { setPathLayer } = appActions();
  const heading = useRef<HTMLHeadingElement>(null);
  const mine = answers.filter((a) => a.experiment === experiment.id);
  const byLayer = new Map(mine.map((a) => [a.layer, a]));
  const here = scoreOf(mine);
  const visit = scoreOf(answers);
  // Shown in place of the form that had the focus: the focus comes here, not to the page.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <div className="results">
      <h4 ref={heading} tabIndex={-1}>
        Result
      </h4>
      {mine.length > 0 && (
        <p className="score" role="status">
          You matched the diagram on {here.correct} of {here.answered} hypotheses. This visit: {visit.correct} of{' '}
          {visit.answered}.
        </p>
      )}
      <dl className="facts">
        <dt>Observed</dt>
        <dd>
          <strong>effect {experiment.observed.result}</strong>
          <ul className="observed-evidence">
            {experiment.observed.evidence.map((ev, i) => (
              <li key={`${ev.ref}-${i}`}>
                <CiteLink model={model} refKey={ev.ref} />, {EVIDENCE_KIND_LABEL[ev.kind]}
                {ev.note && (
                  <>
                    : <CitedText model={model} text={ev.note} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {!predictions.discriminates && (
        <p className="badge-line">
          <span className="badge">does not discriminate</span> every hypothesis that makes a prediction predicts the
          same.
        </p>
      )}
      <table className="predictions">
        <caption className="visually-hidden">Predicted and observed, per hypothesis</caption>
        <thead>
          <tr>
            <th scope="col">Hypothesis</th>
            <th scope="col">Predicts</th>
            <th scope="col">vs observed</th>
            {byLayer.size > 0 && <th scope="col">You said</th>}
          </tr>
        </thead>
        <tbody>
          {predictions.layers.map((p) => {
            const layer = model.layerById.get(p.layerId);
            if (!layer) return null;
            const v = verdict(p.prediction, experiment.observed.result);
            return (
              <tr key={p.layerId} className={`verdict-${v}`}>
                <th scope="row">
                  <LineSample color={layer.color} lineStyle={layer.lineStyle} width={20} /> {layer.title}
                </th>
                <td>
                  <span title={p.reason}>{PREDICTION_TEXT[p.prediction]}</span>
                  {p.prediction === 'retained' && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button small"
                        aria-pressed={pathLayer === p.layerId}
                        onClick={() => setPathLayer(pathLayer === p.layerId ? null : p.layerId)}
                      >
                        path
                      </button>
                    </>
                  )}
                  <span className="visually-hidden">. {p.reason}</span>
                </td>
                <td>{VERDICT_TEXT[v]}</td>
                {byLayer.size > 0 && <td>{youSaid(byLayer.get(p.layerId))}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {experiment.caveats.length > 0 && (
        <>
          <h4>Caveats</h4>
          <ul className="caveats">
            {experiment.caveats.map((c, i) => (
              <li key={i}>
                <CitedText model={model} text={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Pick an experiment; predict, then see what each hypothesis predicts beside what was observed, with sources. */
export function ExperimentsPanel() {
  const model = useAppStore(selectModel);
  const experiment = useAppStore(selectExperiment);
  const answers = useAppStore(selectAnswers);
  const revealed = useAppStore(selectRevealed);
  const { runExperiment } = appActions();
  const predictions = useMemo(() => (model && experiment ? predictAll(model, experiment) : null), [model, experiment]);
  if (!model) return null;
  // Predict first, unless it is revealed or no hypothesis makes a prediction to guess.
  const mustPredict =
    experiment !== null &&
    predictions !== null &&
    !revealed.includes(experiment.id) &&
    askedLayers(predictions).length > 0;
  const experiments = model.pathway.experiments ?? [];
  if (!experiments.length) return <p>This model has no experiments.</p>;

  return (
    <section className="experiments" aria-labelledby="experiments-heading">
      <h2 id="experiments-heading">Experiments</h2>
      <p className="muted">Which experiment would tell the hypotheses apart? Pick one to see the prediction of each.</p>
      {experiment && predictions && (
        <article className="experiment" aria-labelledby="experiment-title">
          <h3 id="experiment-title">{experiment.title}</h3>
          <p>
            <CitedText model={model} text={experiment.description} />
          </p>
          <dl className="facts">
            <dt>Drug</dt>
            <dd>{labelOf(model, experiment.drug)}</dd>
            <dt>Perturbation</dt>
            <dd>
              <Perturbation model={model} experiment={experiment} />
            </dd>
            <dt>Readout</dt>
            <dd>{labelOf(model, experiment.readout)}</dd>
          </dl>
          {mustPredict ? (
            <PredictForm key={experiment.id} model={model} experiment={experiment} predictions={predictions} />
          ) : (
            <Results model={model} experiment={experiment} predictions={predictions} answers={answers} />
          )}
          <button type="button" onClick={() => runExperiment(null)}>
            Stop the experiment
          </button>
        </article>
      )}
      <h3>{experiment ? 'Other experiments' : 'Choose an experiment'}</h3>
      <ul className="experiment-list">
        {experiments.map((x) => (
          <li key={x.id}>
            <button
              type="button"
              className="link-button"
              aria-pressed={experiment?.id === x.id}
              onClick={() => runExperiment(experiment?.id === x.id ? null : x.id)}
            >
              {x.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
