import { useStoreState } from '../../lib/useStoreState';
import { appStore } from '../../store/store';
import type { AppState } from '../../store/types';

/**
 * The React binding of the app store: re-renders the component when the selected value changes
 * (by `Object.is`). Pass a named selector from `store/selectors.ts`; a selector that builds a new
 * array or object each time needs `useShallow`.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStoreState(appStore, selector);
}
