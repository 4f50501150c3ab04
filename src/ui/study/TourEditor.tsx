import { useEffect, useRef, useState } from 'react';
import type { Model } from '../../model/model';
import {
  insertStep,
  moveStep,
  putTour,
  recordStep,
  removeStep,
  replaceStep,
  restage,
  stepSummary,
  dropTour,
  type RecordedView,
} from '../../model/tourEdit';
import type { Tour } from '../../model/tours';
import { saveTours } from '../../store/boot';
import { graphController } from '../../store/graphController';
import { selectStep, selectTour } from '../../store/selectors';
import { appStore, appActions } from '../../store/store';
import { useAppStore } from '../hooks/useAppStore';
import { savePathwayFile } from '../savePathwayFile';
import { ProseField } from './ProseField';

/** What the view shows now, as a step records it. */
export function currentView(): RecordedView {
  const { activeLayers, selection, experiment } = appStore.getState();
  return { layers: activeLayers, selection, experiment, inView: graphController()?.inView() ?? null };
}

interface TourEditorProps {
  readonly model: Model;
  readonly tour: Tour;
  /** Back to the list of tours (also after the tour is deleted). */
  readonly onDone: () => void;
}

/**
 * Write a tour without a text editor: its title and description; its steps, each recorded from the
 * view ("Add this view as a step", "Use the current view"), with a caption and speaker notes checked
 * as they are typed; steps shown, moved and deleted; the tour played at once and saved with the
 * pathway. Every change applies at once and is kept in this browser.
 */
export function TourEditor({ model, tour, onDone }: TourEditorProps) {
  const running = useAppStore(selectTour);
  const runningStep = useAppStore(selectStep);
  const { goToStep } = appActions();
  const [open, setOpen] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Fields keep what is typed until it passes its checks: a move or a delete starts them afresh.
  const [version, setVersion] = useState(0);
  // After a move or a delete, the focus goes to the control the user would press next.
  const refocus = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  });

  const tours = model.pathway.tours ?? [];
  const save = (next: Tour, said: string) => {
    const errors = saveTours(putTour(tours, next), (kept) => setStatus(kept ? `${said} Kept in this browser.` : said));
    setStatus(errors.length ? `Not saved: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}` : said);
  };
  const stepId = (i: number, what: string) => `tour-edit-${tour.id}-${i}-${what}`;

  const addStep = () => {
    const at = open === null ? tour.steps.length : open + 1;
    save(insertStep(tour, recordStep(model, currentView(), `Step ${at + 1}`), at), `Step ${at + 1} added.`);
    setOpen(at);
  };
  const move = (from: number, to: number) => {
    save(moveStep(tour, from, to), `Step ${from + 1} is now step ${to + 1}.`);
    setVersion((v) => v + 1);
    if (open === from) setOpen(to);
    else if (open === to) setOpen(from);
    refocus.current = stepId(to, to < from ? 'up' : 'down');
  };
  const remove = (i: number) => {
    const next = removeStep(tour, i);
    if (!next) return setStatus('A tour has at least one step: delete the tour instead.');
    save(next, `Step ${i + 1} deleted.`);
    setVersion((v) => v + 1);
    setOpen(null);
    refocus.current = stepId(Math.min(i, next.steps.length - 1), 'show');
  };
  // Asking and taking it back swap two buttons: the focus goes to the one that replaces the other.
  const askDelete = (asking: boolean) => {
    refocus.current = `tour-edit-${tour.id}-${asking ? 'keep' : 'delete'}`;
    setConfirmDelete(asking);
  };
  const deleteTour = () => {
    if (running === tour.id) appActions().endTour();
    const errors = saveTours(dropTour(tours, tour.id));
    if (!errors.length) onDone();
  };

  return (
    <section className="tour-editor" aria-labelledby="tour-editor-heading">
      <h3 id="tour-editor-heading" ref={heading} tabIndex={-1}>
        Editing “{tour.title}”
      </h3>
      <ProseField
        key={`${tour.id}-title`}
        model={model}
        label="Title"
        single
        value={tour.title}
        onSave={(title) => save({ ...tour, title }, 'Title saved.')}
      />
      <ProseField
        key={`${tour.id}-description`}
        model={model}
        label="Description"
        value={tour.description}
        onSave={(description) => save({ ...tour, description }, 'Description saved.')}
      />
      <h4 id="tour-editor-steps">Steps</h4>
      <p className="muted">
        Set the diagram as the step should show it (layers, a selected item to focus on, the zoom, an experiment), then
        add it.
      </p>
      <ol className="tour-edit-steps" aria-labelledby="tour-editor-steps">
        {tour.steps.map((step, i) => {
          const playing = running === tour.id && runningStep === i + 1;
          const n = i + 1;
          return (
            <li key={i} aria-current={playing ? 'step' : undefined}>
              <p className="tour-edit-step-title">
                <strong>{n}.</strong> {step.title}
                {playing && <span className="muted"> (showing)</span>}
              </p>
              <p className="muted tour-edit-summary">{stepSummary(model, step)}</p>
              <div className="tour-actions">
                <button
                  type="button"
                  id={stepId(i, 'show')}
                  aria-label={`Show step ${n}`}
                  onClick={() => goToStep(tour.id, n)}
                >
                  Show
                </button>
                <button
                  type="button"
                  id={stepId(i, 'edit')}
                  aria-expanded={open === i}
                  aria-controls={open === i ? stepId(i, 'editor') : undefined}
                  aria-label={`Edit step ${n}`}
                  onClick={() => setOpen(open === i ? null : i)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  id={stepId(i, 'up')}
                  aria-label={`Move step ${n} up`}
                  aria-disabled={i === 0}
                  onClick={() => i > 0 && move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={stepId(i, 'down')}
                  aria-label={`Move step ${n} down`}
                  aria-disabled={i === tour.steps.length - 1}
                  onClick={() => i < tour.steps.length - 1 && move(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Delete step ${n}`}
                  aria-disabled={tour.steps.length === 1}
                  onClick={() => remove(i)}
                >
                  Delete
                </button>
              </div>
              {open === i && (
                <div
                  key={version}
                  id={stepId(i, 'editor')}
                  className="tour-step-editor"
                  role="group"
                  aria-label={`Step ${n}`}
                >
                  <ProseField
                    model={model}
                    label={`Step ${n} title`}
                    single
                    value={step.title}
                    onSave={(title) => save(replaceStep(tour, i, { ...step, title }), `Step ${n} title saved.`)}
                  />
                  <ProseField
                    model={model}
                    label={`Step ${n} caption`}
                    hint="Markdown. Cite with [@key], or insert a citation below."
                    value={step.text}
                    onSave={(text) => save(replaceStep(tour, i, { ...step, text }), `Step ${n} caption saved.`)}
                  />
                  <ProseField
                    model={model}
                    label={`Step ${n} speaker notes`}
                    optional
                    hint="Shown only in the presenter view. Optional."
                    value={step.notes ?? ''}
                    onSave={(notes) => {
                      const { notes: _old, ...rest } = step;
                      save(replaceStep(tour, i, notes.trim() ? { ...rest, notes } : rest), `Step ${n} notes saved.`);
                    }}
                  />
                  <button
                    type="button"
                    onClick={() =>
                      save(replaceStep(tour, i, restage(step, model, currentView())), `Step ${n} now shows this view.`)
                    }
                    title="Record the layers, selected item, zoom and experiment shown now into this step"
                  >
                    Use the current view for step {n}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="tour-actions">
        <button type="button" onClick={addStep}>
          Add this view as a step
        </button>
        <button type="button" onClick={() => goToStep(tour.id, 1)}>
          Play the tour
        </button>
        <button
          type="button"
          onClick={() => void savePathwayFile(model).then((name) => setStatus(`Saved ${name}, with its tours.`))}
        >
          Save the pathway file
        </button>
        {confirmDelete ? (
          <>
            <button type="button" className="danger" onClick={deleteTour}>
              Delete “{tour.title}” for good
            </button>
            <button type="button" id={`tour-edit-${tour.id}-keep`} onClick={() => askDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" id={`tour-edit-${tour.id}-delete`} onClick={() => askDelete(true)}>
            Delete the tour
          </button>
        )}
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
      <p className="muted" role="status">
        {status}
      </p>
    </section>
  );
}
