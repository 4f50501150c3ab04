import { useEffect, useState } from 'react';
import { selectModel, selectStep, selectTour } from '../../store/selectors';
import { appActions } from '../../store/store';
import { useAppStore } from '../hooks/useAppStore';
import { LazyMarkdown } from '../markdown/LazyMarkdown';

/** `m:ss`, or `h:mm:ss` past an hour. */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Time since the view opened (or was restarted), ticking every second. */
function Timer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <div className="presenter-timer">
      <span role="timer" aria-label="Time since the start">
        {clock(now - start)}
      </span>
      <button
        type="button"
        onClick={() => {
          setStart(Date.now());
          setNow(Date.now());
        }}
      >
        Restart timer
      </button>
    </div>
  );
}

/**
 * The presenter view (`?presenter=1`, a second window): the running tour's step with its speaker
 * notes, the next step and a timer. It follows the projected window and moves it
 * (`store/presenterBridge.ts`); the clicker keys work here as there.
 */
export function PresenterView() {
  const model = useAppStore(selectModel);
  const tourId = useAppStore(selectTour);
  const step = useAppStore(selectStep);
  const { goToStep, endTour } = appActions();
  const tour = tourId ? model?.tourById.get(tourId) : undefined;
  const data = tour && step ? tour.steps[step - 1] : undefined;
  const next = tour && step ? tour.steps[step] : undefined;
  const running = Boolean(data);
  // Starting or ending a tour replaces the section that held the focus: it goes to the new heading.
  useEffect(() => {
    if (document.activeElement === document.body)
      document.getElementById(running ? 'presenter-now' : 'presenter-none')?.focus();
  }, [running]);

  return (
    <main className="presenter" aria-labelledby="presenter-title">
      <header className="presenter-header">
        <div>
          <h1 id="presenter-title">Presenter view</h1>
          <p className="muted">{model?.pathway.title}</p>
        </div>
        <Timer />
      </header>
      {!model ? (
        <p>Loading…</p>
      ) : !tour || !step || !data ? (
        <section aria-labelledby="presenter-none">
          <h2 id="presenter-none" tabIndex={-1}>
            No tour is running
          </h2>
          <p>Start a tour here or in the projected window; both follow it.</p>
          <ul className="presenter-tours">
            {(model.pathway.tours ?? []).map((t) => (
              <li key={t.id}>
                <button type="button" onClick={() => goToStep(t.id, 1)}>
                  Start “{t.title}”
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <p className="presenter-progress">
            {tour.title} · step {step} of {tour.steps.length}
          </p>
          <section className="presenter-now" aria-labelledby="presenter-now">
            <h2 id="presenter-now" tabIndex={-1}>
              Now: {data.title}
            </h2>
            <h3>Speaker notes</h3>
            {data.notes ? (
              <LazyMarkdown model={model} text={data.notes} className="presenter-notes" />
            ) : (
              <p className="muted">No notes for this step.</p>
            )}
            <details>
              <summary>The caption on screen</summary>
              <LazyMarkdown model={model} text={data.text} />
            </details>
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next">
            <h2 id="presenter-next">
              Next: {next ? next.title : tour.questions?.length ? 'the check questions' : 'the end of the tour'}
            </h2>
          </section>
          <div className="button-row">
            {/* aria-disabled, not disabled: the focus stays on a button that reaches the first or last step. */}
            <button type="button" onClick={() => step > 1 && goToStep(tour.id, step - 1)} aria-disabled={step <= 1}>
              ← Back
            </button>
            <button type="button" onClick={() => next && goToStep(tour.id, step + 1)} aria-disabled={!next}>
              Next →
            </button>
            <button type="button" onClick={endTour}>
              End tour
            </button>
          </div>
          <p className="muted">
            The clicker keys work in either window: <kbd>→</kbd> / <kbd>Page Down</kbd> next, <kbd>←</kbd> /{' '}
            <kbd>Page Up</kbd> back.
          </p>
        </>
      )}
    </main>
  );
}
