import { lazy, Suspense } from 'react';
import { selectTour } from '../../store/selectors';
import { useAppStore } from '../../store/store';

const TourPlayer = lazy(() => import('./TourPlayer').then((m) => ({ default: m.TourPlayer })));

/** The tour player, loaded when a tour starts. */
export function LazyTourPlayer() {
  const tour = useAppStore(selectTour);
  if (!tour) return null;
  return (
    <Suspense fallback={null}>
      <TourPlayer />
    </Suspense>
  );
}
