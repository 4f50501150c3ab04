import { useCallback, useEffect, useRef, useState } from 'react';
import { newTour } from '../../model/tourEdit';
import { saveTours } from '../../store/boot';
import { selectEmbed, selectModel, selectTour } from '../../store/selectors';
import { useAppStore } from '../hooks/useAppStore';
import { appActions } from '../../store/store';
import { LazyMarkdown } from '../markdown/LazyMarkdown';
import { openPresenterWindow } from '../presenterWindow';
import { HandoutView } from './HandoutView';
import { currentView, TourEditor } from './TourEditor';

/**
 * The model's guided tours, each to start, print, present or edit; and a new tour begun from the
 * view (not in an embed, which shows what the course page asks for).
 */
export function ToursPanel() {
  const model = useAppStore(selectModel);
  const current = useAppStore(selectTour);
  const embed = useAppStore(selectEmbed);
  // The tour being edited, on the drawing it was opened on (another model closes the editor).
  const [editing, setEditingOn] = useState<{ id: string; nodes: unknown } | null>(null);
  const setEditing = (id: string | null) => setEditingOn(id && model ? { id, nodes: model.pathway.nodes } : null);
  const { goToStep } = appActions();
  const [handout, setHandout] = useState<string | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  const opened = useRef<string | null>(null);
  const closeHandout = useCallback(() => setHandout(null), []);
  // Once the handout has gone (and the app is no longer inert), the focus goes back to its button.
  useEffect(() => {
    if (handout) opened.current = handout;
    else if (opened.current) {
      openers.current.get(opened.current)?.focus();
      opened.current = null;
    }
  }, [handout]);
  if (!model) return null;
  const tours = model.pathway.tours ?? [];
  const printing = handout ? model.tourById.get(handout) : undefined;
  const edited = editing && editing.nodes === model.pathway.nodes ? model.tourById.get(editing.id) : undefined;
  const stopEditing = () => {
    const was = editing?.id;
    setEditing(null);
    // Back to the tour's Edit button; to New tour when the tour was deleted.
    requestAnimationFrame(() =>
      (document.getElementById(`tour-edit-${was ?? ''}`) ?? document.getElementById('tour-new'))?.focus(),
    );
  };
  if (edited && !embed)
    return (
      <section className="tours" aria-labelledby="tours-heading">
        <h2 id="tours-heading">Guided tours</h2>
        <TourEditor model={model} tour={edited} onDone={stopEditing} />
      </section>
    );
  const startNew = () => {
    const tour = newTour(model, currentView());
    if (!saveTours([...tours, tour]).length) setEditing(tour.id);
  };
  return (
    <section className="tours" aria-labelledby="tours-heading">
      <h2 id="tours-heading">Guided tours</h2>
      {!tours.length && <p>This model has no tours.</p>}
      {!embed && (
        <p>
          <button type="button" id="tour-new" onClick={startNew}>
            New tour from this view
          </button>
        </p>
      )}
      <ul className="tour-list">
        {tours.map((tour) => (
          <li key={tour.id}>
            <h3>{tour.title}</h3>
            <LazyMarkdown model={model} text={tour.description} className="tour-description" />
            <p className="muted">
              {tour.steps.length} steps{tour.questions?.length ? `, ${tour.questions.length} check questions` : ''}
            </p>
            <div className="tour-actions">
              <button type="button" onClick={() => goToStep(tour.id, 1)} aria-pressed={current === tour.id}>
                {current === tour.id ? 'Restart' : 'Start'} the tour
              </button>
              <button
                type="button"
                ref={(el) => {
                  if (el) openers.current.set(tour.id, el);
                }}
                onClick={() => setHandout(tour.id)}
                title="Lay the tour out for paper or PDF: each step's diagram, caption and references, then the questions and answers"
              >
                Print handout
              </button>
              <button
                type="button"
                onClick={() => {
                  if (current !== tour.id) goToStep(tour.id, 1);
                  openPresenterWindow();
                }}
                title="Start the tour and open the presenter view: speaker notes, next step and a timer in a second window (v)"
              >
                Presenter view
              </button>
              {!embed && (
                <button
                  type="button"
                  id={`tour-edit-${tour.id}`}
                  aria-label={`Edit “${tour.title}”`}
                  onClick={() => setEditing(tour.id)}
                >
                  Edit
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {printing && <HandoutView model={model} tour={printing} onClose={closeHandout} />}
      <p className="muted">
        In a tour: <kbd>→</kbd> / <kbd>PageDown</kbd> next, <kbd>←</kbd> / <kbd>PageUp</kbd> back, <kbd>Home</kbd> /{' '}
        <kbd>End</kbd> first and last step, <kbd>Esc</kbd> leaves.
      </p>
    </section>
  );
}
