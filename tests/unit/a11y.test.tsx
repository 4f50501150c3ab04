import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp as renderAppWith } from '../helpers/renderApp';
import { describe, expect, it } from 'vitest';
import { edgeHeadline } from '../../src/model/describe';
import { navigate, visibleEdgesOf } from '../../src/model/keyboardNav';
import { layerView } from '../../src/model/layers';
import { appStore } from '../../src/store/store';
import { fixtureModel } from '../helpers/fixtures';

const model = fixtureModel();

describe('keyboard navigation (pure)', () => {
  const view = layerView(model, ['alpha', 'beta']);
  it('starts at the top-left visible node', () => {
    expect(navigate(model, view, null, 'ArrowDown')).toEqual({ kind: 'node', id: 'a' });
  });
  it('goes from a node to its interactions, outgoing first, and back round', () => {
    expect(visibleEdgesOf(model, view, 'c')).toEqual(['c-needed-for-e', 'b-activates-c', 'd-binds-c']);
    const c = { kind: 'node', id: 'c' } as const;
    expect(navigate(model, view, c, 'ArrowRight')).toEqual({ kind: 'edge', id: 'c-needed-for-e' });
    expect(navigate(model, view, c, 'ArrowLeft')).toEqual({ kind: 'edge', id: 'd-binds-c' });
  });
  it('goes from an edge to its ends, and along its siblings', () => {
    const e = { kind: 'edge', id: 'b-activates-c' } as const;
    expect(navigate(model, view, e, 'ArrowRight')).toEqual({ kind: 'node', id: 'c' });
    expect(navigate(model, view, e, 'ArrowLeft')).toEqual({ kind: 'node', id: 'b' });
    expect(navigate(model, view, { kind: 'edge', id: 'a-inhibits-b' }, 'ArrowDown')).toEqual({
      kind: 'edge',
      id: 'a-inhibits-b',
    });
  });
  it('restarts when the focused element was hidden by a layer change', () => {
    const betaOnly = layerView(model, ['beta']);
    expect(navigate(model, betaOnly, { kind: 'node', id: 'a' }, 'ArrowRight')).toEqual({ kind: 'node', id: 'b' });
  });
});

const renderApp = (search = '') => renderAppWith(model, search);

describe('keyboard on the canvas', () => {
  it('arrow keys move a focus ring drawn on the canvas, Enter opens the details, and it is announced', async () => {
    const { cy } = await renderApp();
    const canvas = screen.getByRole('application');
    expect(canvas).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(canvas, { key: 'ArrowDown' });
    expect(appStore.getState().focused).toEqual({ kind: 'node', id: 'a' });
    expect(cy.$id('a').hasClass('kbd-focus')).toBe(true);
    expect(screen.getByRole('status', { name: 'Announcements' })).toHaveTextContent('Drug A, drug, 1 interaction');
    fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    expect(cy.$id('a').hasClass('kbd-focus')).toBe(false);
    expect(cy.$id('a-inhibits-b@alpha').hasClass('kbd-focus')).toBe(true);
    fireEvent.keyDown(canvas, { key: 'Enter' });
    expect(appStore.getState().selection).toEqual({ kind: 'edge', id: 'a-inhibits-b' });
    expect(within(screen.getByRole('region', { name: 'Details' })).getByText('A inhibits B.')).toBeInTheDocument();
  });

  it('announces layer changes', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('checkbox', { name: /Critique/ }));
    expect(screen.getByRole('status', { name: 'Announcements' })).toHaveTextContent('Shown: Critique');
  });
});

describe('text view', () => {
  it('lists the shown hypotheses as sections and every interaction as a sentence with its evidence', async () => {
    await renderApp('?view=text');
    const text = screen.getByRole('region', { name: /text view/ });
    expect(within(text).getByRole('heading', { name: /Alpha hypothesis/ })).toBeInTheDocument();
    expect(within(text).queryByRole('heading', { name: /Critique/ })).toBeNull();
    const edge = model.edgeById.get('d-binds-c')!;
    expect(within(text).getByRole('button', { name: edgeHeadline(model, edge) })).toBeInTheDocument();
    expect(within(text).getAllByText(/Evidence:/).length).toBeGreaterThan(0);
    expect(within(text).getByText(/Doe 2021/)).toBeInTheDocument();
  });

  it('follows the layer switches and the selection, and selects from the text', async () => {
    const { user } = await renderApp('?view=text');
    await user.click(screen.getByRole('checkbox', { name: /Critique/ }));
    const text = screen.getByRole('region', { name: /text view/ });
    expect(within(text).getByRole('heading', { name: /Critique/ })).toBeInTheDocument();
    await user.click(within(text).getByRole('button', { name: /^Drug D binds Receptor C/ }));
    expect(appStore.getState().selection).toEqual({ kind: 'edge', id: 'd-binds-c' });
    expect(within(text).getByRole('button', { name: /^Drug D binds Receptor C/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    act(() => appStore.getState().select({ kind: 'node', id: 'e' }));
    expect(within(text).getByRole('button', { name: 'Outcome E' })).toHaveAttribute('aria-current', 'true');
  });

  it('switches between diagram, text and both', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Text' }));
    expect(appStore.getState().view).toBe('text');
    expect(screen.queryByRole('application')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Both' }));
    expect(screen.getByRole('application')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /text view/ })).toBeInTheDocument();
  });
});
