import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import type { Core } from 'cytoscape';
import type { Model } from '../../src/model/model';
import { appStore } from '../../src/store/store';
import { applyUrl } from '../../src/store/urlBridge';
import { App } from '../../src/ui/App';

/** Cytoscape as the jsdom tests need it: no canvas, but the stylesheet applied. */
const TEST_CY = { headless: true, styleEnabled: true } as const;

/**
 * Load a model, apply an address, render the whole app and wait until the canvas owner has made
 * its Cytoscape instance (a model without preset positions is laid out asynchronously).
 */
export async function renderApp(model: Model, search = '') {
  appStore.getState().loadModel(model);
  if (search) applyUrl(appStore, search);
  let cy: Core | undefined;
  render(<App cyOptions={TEST_CY} onCyReady={(c) => (cy = c)} />);
  if (appStore.getState().view !== 'text') await waitFor(() => expect(cy).toBeDefined());
  return { cy: cy as Core, user: userEvent.setup() };
}
