import { lazy, Suspense } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { selectTour } from '../../store/selectors';

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
