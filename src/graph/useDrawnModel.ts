import { useStoreState } from '../lib/useStoreState';
import { useState } from 'react';
import { sameDrawing, type Model } from '../model/model';
import { selectModel } from '../store/selectors';
import { appStore } from '../store/store';

/**
 * The model a canvas draws: the store's model, except that a model that only differs in its tours
 * (written in the app) keeps the one already drawn, so editing a caption never rebuilds a canvas.
 */
export function useDrawnModel(): Model | null {
  const model = useStoreState(appStore, selectModel);
  const [drawn, setDrawn] = useState(model);
  if (!sameDrawing(drawn, model)) {
    setDrawn(model);
    return model;
  }
  return drawn;
}
