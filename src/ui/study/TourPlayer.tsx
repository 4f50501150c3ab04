import { useCallback, useState } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import type { TourQuestion } from '../../model/tours';
import type { Model } from '../../model/model';
import { selectModel, selectQuestionsOpen, selectStep, selectTour } from '../../store/selectors';
import { graphController, NO_INSETS, type Insets } from '../../store/graphController';
import { appActions } from '../../store/store';
import { LazyMarkdown } from '../markdown/LazyMarkdown';

function Question({ model, question, index }: { model: Model; question: TourQuestion; index: number }) {
  const [answer, setAnswer] = useState<number | null>(null);
  const { runExperiment } = appActions();
  const chosen = answer === null ? null : question.choices[answer];
  const name = `question-${index}`;
  return (
    <fieldset className="question">
      <legend>
        <LazyMarkdown model={model} text={question.prompt} className="question-prompt" />
      </legend>
      {question.choices.map((choice, i) => (
        <label key={i} className="checkbox-line">
          <input type="radio" name={name} checked={answer === i} onChange={() => setAnswer(i)} /> {choice.text}
        </label>
      ))}
      <div role="status" aria-live="polite">
        {chosen && (
          <div className={chosen.correct ? 'feedback is-correct' : 'feedback is-wrong'}>
            <strong>{chosen.correct ? '✓ Correct.' : '✗ Not quite.'}</strong>{' '}
            <LazyMarkdown model={model} text={chosen.feedback} className="inline-markdown" />
          </div>
        )}
      </div>
      {question.experiment && chosen && (
        <button type="button" onClick={() => runExperiment(question.experiment ?? null)}>
          Run this experiment
        </button>
      )}
    </fieldset>
  );
}

/** Space between the caption and the canvas's edge (its CSS `bottom` or `right`), plus a little air. */
const CAPTION_GAP = 24;

/**
 * What the caption covers of the canvas it floats over: a strip along the bottom when it spans the
 * canvas's width, else (docked at the side in presentation mode) a strip down the right.
 */
function coveredBy(element: HTMLElement): Insets {
  const canvas = element.offsetParent;
  if (getComputedStyle(element).position !== 'absolute' || !(canvas instanceof HTMLElement)) return NO_INSETS;
  return element.offsetWidth >= canvas.clientWidth / 2
    ? { bottom: element.offsetHeight + CAPTION_GAP, right: 0 }
    : { bottom: 0, right: element.offsetWidth + CAPTION_GAP };
}

/**
 * Tell the diagram how much of it the caption covers (while the caption floats over it), so a
 * step's framing keeps what it names clear of the caption, also as the caption's text changes.
 */
function useCaptionInset() {
  // A stable ref callback: React 19 calls it when the caption mounts and its cleanup when it goes.
  return useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver !== 'function') return;
    const report = () => graphController()?.setInsets(coveredBy(element));
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => {
      observer.disconnect();
      graphController()?.setInsets(NO_INSETS);
    };
  }, []);
}

/** The caption of a running tour, over the bottom of the diagram: step text, progress, controls. */
export function TourPlayer() {
  const model = useAppStore(selectModel);
  const tourId = useAppStore(selectTour);
  const step = useAppStore(selectStep);
  // Open only on the step where they were opened: every step change closes them.
  const questionsOpen = useAppStore(selectQuestionsOpen);
  const tour = tourId ? model?.tourById.get(tourId) : undefined;
  const last = tour?.steps.length ?? 0;
  const hasQuestions = Boolean(tour?.questions?.length);
  const { goToStep, endTour, setQuestionsOpen } = appActions();
  const caption = useCaptionInset();
  const openQuestions = () => setQuestionsOpen(true);
  if (!model || !tour || !step) return null;
  const data = tour.steps[step - 1];
  if (!data) return null;

  return (
    <section
      ref={caption}
      className="tour-caption"
      aria-labelledby="tour-step-title"
      aria-live="polite"
      data-region="tour"
      tabIndex={-1}
    >
      <p className="tour-meta">
        <span>{tour.title}</span>
        <span className="tour-progress" aria-label={`Step ${step} of ${last}`}>
          {step} / {last}
        </span>
      </p>
      {questionsOpen && tour.questions ? (
        <>
          <h2 id="tour-step-title">Check your understanding</h2>
          {tour.questions.map((q, i) => (
            <Question key={`${tour.id}-${i}`} model={model} question={q} index={i} />
          ))}
        </>
      ) : (
        <>
          <h2 id="tour-step-title">{data.title}</h2>
          <LazyMarkdown model={model} text={data.text} className="tour-text" />
        </>
      )}
      <div className="button-row tour-buttons">
        <button
          type="button"
          onClick={() => (questionsOpen ? setQuestionsOpen(false) : goToStep(tour.id, step - 1))}
          disabled={step <= 1 && !questionsOpen}
        >
          ← Back
        </button>
        {step < last ? (
          <button type="button" onClick={() => goToStep(tour.id, step + 1)}>
            Next →
          </button>
        ) : (
          hasQuestions &&
          !questionsOpen && (
            <button type="button" onClick={openQuestions}>
              Check questions →
            </button>
          )
        )}
        <button type="button" onClick={endTour}>
          End tour (Esc)
        </button>
      </div>
    </section>
  );
}
