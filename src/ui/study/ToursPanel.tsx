import { selectModel, selectTour } from '../../store/selectors';
import { useAppStore } from '../hooks/useAppStore';
import { appActions } from '../../store/store';
import { LazyMarkdown } from '../markdown/LazyMarkdown';

/** The model's guided tours, each with a Start button. */
export function ToursPanel() {
  const model = useAppStore(selectModel);
  const current = useAppStore(selectTour);
  const { goToStep } = appActions();
  if (!model) return null;
  const tours = model.pathway.tours ?? [];
  return (
    <section className="tours" aria-labelledby="tours-heading">
      <h2 id="tours-heading">Guided tours</h2>
      {!tours.length && <p>This model has no tours.</p>}
      <ul className="tour-list">
        {tours.map((tour) => (
          <li key={tour.id}>
            <h3>{tour.title}</h3>
            <LazyMarkdown model={model} text={tour.description} className="tour-description" />
            <p className="muted">
              {tour.steps.length} steps{tour.questions?.length ? `, ${tour.questions.length} check questions` : ''}
            </p>
            <button type="button" onClick={() => goToStep(tour.id, 1)} aria-pressed={current === tour.id}>
              {current === tour.id ? 'Restart' : 'Start'} the tour
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">
        In a tour: <kbd>→</kbd> / <kbd>PageDown</kbd> next, <kbd>←</kbd> / <kbd>PageUp</kbd> back, <kbd>Home</kbd> /{' '}
        <kbd>End</kbd> first and last step, <kbd>Esc</kbd> leaves.
      </p>
    </section>
  );
}
