import { act, screen, within } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { shownElements } from '../../src/graph/camera';
import { readUrlState, serializeUrlState } from '../../src/model/url';
import { initialFraming } from '../../src/store/selectors';
import { appStore } from '../../src/store/store';
import { currentQuery, stateFromUrl, urlStateOf } from '../../src/store/urlBridge';
import { KEYMAP, resolveKey, type KeyContext, type KeyPress } from '../../src/ui/keymap';
import { fixtureModel } from '../helpers/fixtures';
import { renderApp } from '../helpers/renderApp';

const model = fixtureModel();

const press = (key: string): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false });
const context = (): KeyContext => ({
  state: appStore.getState(),
  typing: false,
  dialogOpen: false,
  canvasFocused: false,
  ui: { toggleFullscreen: () => {}, openHelp: () => {}, openPresenter: () => {} },
});
const keyFor = (key: string) => resolveKey(KEYMAP, press(key), context())?.id ?? null;

describe('present= in the URL', () => {
  it('reads 1 / true as on and 0 / false as off, and writes present=1 only when on', () => {
    expect(readUrlState(model, '?present=1').state).toEqual({ present: true });
    expect(readUrlState(model, '?present=true').state).toEqual({ present: true });
    expect(readUrlState(model, '?present=0').state).toEqual({ present: false });
    expect(serializeUrlState(model, { present: true })).toBe('?present=1');
    expect(serializeUrlState(model, { present: false })).toBe('');
  });

  it('rejects other values with a notice and keeps the rest of the address', () => {
    const { state, notices } = readUrlState(model, '?present=yes&theme=projector');
    expect(state).toEqual({ theme: 'projector' });
    expect(notices).toEqual(['Ignored present=: “yes” is not 1 or 0.']);
  });

  it('round-trips through the store: stateFromUrl and urlStateOf', () => {
    const { state } = stateFromUrl(model, '?theme=projector&present=1');
    expect(state.present).toBe(true);
    const link = serializeUrlState(model, urlStateOf({ ...state, model }));
    expect(link).toBe('?theme=projector&present=1');
    expect(stateFromUrl(model, link).state).toStrictEqual(state);
    expect(stateFromUrl(model, '?theme=projector').state.present).toBe(false);
  });

  it('the address follows setPresent', () => {
    appStore.getState().loadModel(model);
    appStore.getState().setPresent(true);
    expect(currentQuery(appStore.getState())).toBe('?present=1');
    appStore.getState().setPresent(false);
    expect(currentQuery(appStore.getState())).toBe('');
  });
});

describe('presentation keys', () => {
  it('p switches presentation mode on and off, except in embed mode', () => {
    appStore.getState().loadModel(model);
    expect(keyFor('p')).toBe('view.present');
    resolveKey(KEYMAP, press('p'), context())?.run(context(), press('p'));
    expect(appStore.getState().present).toBe(true);
    resolveKey(KEYMAP, press('p'), context())?.run(context(), press('p'));
    expect(appStore.getState().present).toBe(false);
    appStore.getState().setConfig({ embed: true });
    expect(keyFor('p')).toBeNull();
  });

  it('p is a presenter shortcut: silent when those are switched off', () => {
    appStore.getState().loadModel(model);
    appStore.getState().setShortcutsEnabled(false);
    expect(keyFor('p')).toBeNull();
  });

  it('Esc leaves presentation mode only when nothing more urgent applies', () => {
    appStore.getState().loadModel(fixtureModel('reach'));
    expect(keyFor('Escape')).toBeNull();
    appStore.getState().setPresent(true);
    expect(keyFor('Escape')).toBe('present.exit');
    appStore.getState().goToStep('intro', 1);
    expect(keyFor('Escape')).toBe('tour.end');
    appStore.getState().select({ kind: 'node', id: appStore.getState().model!.pathway.nodes[0]!.id });
    expect(keyFor('Escape')).toBe('details.close');
    // Embed mode ignores present=, so Esc there does not claim to leave it.
    appStore.setState({ selection: null, tour: null, step: null, embed: true });
    expect(keyFor('Escape')).toBeNull();
  });
});

describe('presentation mode in the app', () => {
  it('the Present button and Exit presentation switch it, the layer switches stay, and focus is never lost', async () => {
    const { user } = await renderApp(model);
    const present = screen.getByRole('button', { name: 'Present' });
    expect(present).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('group', { name: 'Presentation' })).toBeNull();
    await user.click(present);
    expect(appStore.getState().present).toBe(true);
    expect(document.querySelector('.app')).toHaveClass('is-presenting');
    expect(present).toHaveAttribute('aria-pressed', 'true');
    // The header's button folds away with the header: the diagram gets the focus.
    expect(screen.getByTestId('graph-canvas')).toHaveFocus();

    const bar = screen.getByRole('group', { name: 'Presentation' });
    const alpha = within(bar).getByRole('button', { name: /^1\. / });
    expect(alpha).toHaveAttribute('aria-pressed', 'true');
    await user.click(alpha);
    expect(appStore.getState().activeLayers).not.toContain('alpha');
    expect(alpha).toHaveAttribute('aria-pressed', 'false');
    expect(within(bar).getByRole('button', { name: 'Fit' })).toBeInTheDocument();

    await user.click(within(bar).getByRole('button', { name: 'Exit presentation' }));
    expect(appStore.getState().present).toBe(false);
    expect(document.querySelector('.app')).not.toHaveClass('is-presenting');
    expect(screen.queryByRole('group', { name: 'Presentation' })).toBeNull();
    expect(present).toHaveFocus();
  });

  it('is ignored in embed mode', async () => {
    await renderApp(model, '?embed=1&present=1');
    expect(appStore.getState().present).toBe(true);
    expect(document.querySelector('.app')).not.toHaveClass('is-presenting');
    expect(screen.queryByRole('group', { name: 'Presentation' })).toBeNull();
  });

  it('the Esc key leaves it', async () => {
    const { user } = await renderApp(model, '?present=1');
    expect(document.querySelector('.app')).toHaveClass('is-presenting');
    act(() => screen.getByTestId('graph-canvas').focus());
    await user.keyboard('{Escape}');
    expect(appStore.getState().present).toBe(false);
  });
});

describe('what a deep link frames first', () => {
  it('select= frames the selected node or edge; focus= and a tour step come first', () => {
    const reach = fixtureModel('reach');
    const open = (search: string) => {
      appStore.getState().loadModel(reach);
      appStore.setState(stateFromUrl(reach, search).state);
      return initialFraming(appStore.getState());
    };
    const node = reach.pathway.nodes[0]!.id;
    const edge = reach.pathway.edges[0]!.id;
    expect(open(`?select=node:${node}`)).toEqual([{ kind: 'node', id: node }]);
    expect(open(`?select=edge:${edge}`)).toEqual([{ kind: 'edge', id: edge }]);
    expect(open(`?select=node:${node}&focus=edge:${edge}`)).toEqual([{ kind: 'edge', id: edge }]);
    const step = open(`?select=node:${node}&tour=intro`);
    expect(step).not.toBeNull();
    expect(step).not.toEqual([{ kind: 'node', id: node }]);
    expect(open('')).toBeNull();
  });
});

describe('fit to what is shown', () => {
  /** Two compartments (one nested) around hidden nodes, one around a shown node; `hidden` are hidden. */
  const shownIds = (hidden: readonly string[]) => {
    const node = (id: string, parent?: string) => ({
      data: { id, ...(parent ? { parent } : {}) },
      classes: hidden.includes(id) ? 'hidden' : '',
    });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: '.hidden', style: { display: 'none' } }],
      elements: [
        node('cell'),
        node('nucleus', 'cell'),
        node('gene', 'nucleus'),
        node('kinase', 'cell'),
        node('synapse'),
        node('receptor', 'synapse'),
        node('drug'),
        { data: { id: 'drug-kinase', source: 'drug', target: 'kinase' } },
        { data: { id: 'drug-receptor', source: 'drug', target: 'receptor' } },
      ],
    });
    const ids = shownElements(cy)
      .map((e) => e.id())
      .sort();
    cy.destroy();
    return ids;
  };

  it('counts a compartment only when something visible is drawn inside it', () => {
    // The nucleus and the synapse are boxes around hidden nodes only; the cell holds the kinase.
    expect(shownIds(['gene', 'receptor'])).toEqual(['cell', 'drug', 'drug-kinase', 'kinase']);
    // Positive control: with the gene shown, the nucleus counts, and so does the cell above it.
    expect(shownIds(['receptor', 'kinase'])).toEqual(['cell', 'drug', 'gene', 'nucleus']);
    expect(shownIds([])).toHaveLength(9);
  });
});
