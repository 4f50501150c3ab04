import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Model } from '../../model/model';
import type { Tour } from '../../model/tours';
import { Citation } from '../components/Citation';
import { LazyMarkdown } from '../markdown/LazyMarkdown';
import { drawHandout, type HandoutStep } from './handout';

const LETTERS = 'ABCDEFGHIJ';

interface Props {
  readonly model: Model;
  readonly tour: Tour;
  /** Called when the handout closes; the opener takes the focus back. */
  readonly onClose: () => void;
}

/**
 * "Print handout": a tour laid out for paper or PDF, one block per step with its diagram, caption
 * and full references, then the check questions and an answer key. Shown over the app (which is
 * inert meanwhile); the print stylesheet prints only this.
 */
export function HandoutView({ model, tour, onClose }: Props) {
  const [progress, setProgress] = useState(0);
  const [steps, setSteps] = useState<HandoutStep[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    void drawHandout(tour.id, (done) => setProgress(done), abort.signal).then((drawn) => {
      if (!abort.signal.aborted) setSteps(drawn);
    });
    return () => abort.abort();
  }, [tour.id]);

  // While it is open the app behind is inert and is not printed.
  useEffect(() => {
    const app = document.querySelector('.app');
    app?.setAttribute('inert', '');
    document.body.classList.add('has-handout');
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      app?.removeAttribute('inert');
      document.body.classList.remove('has-handout');
      document.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const questions = tour.questions ?? [];
  return createPortal(
    <div className="handout-root" data-theme="light" role="dialog" aria-modal="true" aria-labelledby="handout-title">
      <div className="handout-toolbar">
        <button type="button" onClick={() => window.print()} disabled={!steps}>
          Print
        </button>
        <button type="button" onClick={onClose}>
          {steps ? 'Close' : 'Cancel'}
        </button>
      </div>
      <article className="handout">
        <h1 id="handout-title" ref={heading} tabIndex={-1}>
          {tour.title}
        </h1>
        <p className="handout-source">{model.pathway.title}</p>
        <LazyMarkdown model={model} text={tour.description} className="handout-description" />
        {!steps && (
          <div className="handout-progress">
            <label htmlFor="handout-progress">
              Drawing step {Math.min(progress + 1, tour.steps.length)} of {tour.steps.length}…
            </label>
            <progress id="handout-progress" max={tour.steps.length} value={progress} />
          </div>
        )}
        {steps?.map((step, i) => (
          <section key={i} className="handout-step" aria-labelledby={`handout-step-${i}`}>
            <h2 id={`handout-step-${i}`}>
              {i + 1}. {step.title}
            </h2>
            {step.image ? (
              <img src={step.image} alt={`The diagram at step ${i + 1}: ${step.title}`} />
            ) : (
              <p className="muted">(The diagram could not be drawn here.)</p>
            )}
            <LazyMarkdown model={model} text={step.text} className="handout-caption" />
            {step.refs.length > 0 && (
              <ol className="handout-refs" aria-label={`References for step ${i + 1}`}>
                {step.refs.map((key) => {
                  const ref = model.pathway.references[key];
                  return ref ? (
                    <li key={key}>
                      <Citation reference={ref} />
                    </li>
                  ) : null;
                })}
              </ol>
            )}
          </section>
        ))}
        {steps && questions.length > 0 && (
          <>
            <section className="handout-questions" aria-labelledby="handout-questions">
              <h2 id="handout-questions">Check questions</h2>
              <ol>
                {questions.map((q, i) => (
                  <li key={i}>
                    <LazyMarkdown model={model} text={q.prompt} />
                    <ol className="handout-choices" type="A">
                      {q.choices.map((c, j) => (
                        <li key={j}>{c.text}</li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
            </section>
            <section className="handout-answers" aria-labelledby="handout-answers">
              <h2 id="handout-answers">Answer key</h2>
              <ol>
                {questions.map((q, i) => (
                  <li key={i}>
                    {q.choices.map((c, j) =>
                      c.correct ? (
                        <div key={j}>
                          <strong>
                            {LETTERS[j]}. {c.text}
                          </strong>{' '}
                          <LazyMarkdown model={model} text={c.feedback} className="inline-markdown" />
                        </div>
                      ) : null,
                    )}
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </article>
    </div>,
    document.body,
  );
}
