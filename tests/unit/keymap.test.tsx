import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appStore } from '../../src/store/store';
import { KEYMAP, resolveKey, type KeyContext, type KeyPress } from '../../src/ui/keymap';
import { fixtureModel } from '../helpers/fixtures';
import { renderApp } from '../helpers/renderApp';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});

const context = (over: Partial<KeyContext> = {}): KeyContext => ({
  state: appStore.getState(),
  typing: false,
  dialogOpen: false,
  canvasFocused: false,
  ui: { toggleFullscreen: () => {}, openHelp: () => {}, openPresenter: () => {} },
  ...over,
});

describe('one keymap', () => {
  it('Esc with the details open during a tour closes the details first, and only a second Esc ends the tour', async () => {
    const { user } = await renderApp(fixtureModel('reach'));
    act(() => {
      appStore.getState().select({ kind: 'edge', id: 'd-blocks-t' });
      appStore.getState().goToStep('intro', 1);
    });
    expect(appStore.getState().selection).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(appStore.getState().selection).toBeNull();
    expect(appStore.getState().tour).toBe('intro');
    await user.keyboard('{Escape}');
    expect(appStore.getState().tour).toBeNull();
  });

  it('picks the binding with the highest priority among those that apply', () => {
    appStore.getState().loadModel(fixtureModel('reach'));
    appStore.getState().goToStep('intro', 1);
    // A tour runs: → is the next step, unless the diagram has focus, where → moves between items.
    expect(resolveKey(KEYMAP, press('ArrowRight'), context())?.id).toBe('tour.next');
    expect(resolveKey(KEYMAP, press('ArrowRight'), context({ canvasFocused: true }))?.id).toBe('diagram.move');
    // Nothing applies while typing (F6 excepted), with a modifier held, or with a dialog open.
    expect(resolveKey(KEYMAP, press('ArrowRight'), context({ typing: true }))).toBeNull();
    expect(resolveKey(KEYMAP, press('F6'), context({ typing: true }))?.id).toBe('regions.next');
    expect(resolveKey(KEYMAP, press('F6', { shiftKey: true }), context())?.id).toBe('regions.previous');
    expect(resolveKey(KEYMAP, press('1', { ctrlKey: true }), context())).toBeNull();
    expect(resolveKey(KEYMAP, press('Escape'), context({ dialogOpen: true }))).toBeNull();
  });

  it('switching single-key shortcuts off silences exactly the presenter keys', () => {
    appStore.getState().loadModel(fixtureModel('reach'));
    appStore.getState().setShortcutsEnabled(false);
    const off = context();
    for (const b of KEYMAP.filter((k) => k.presenter)) expect(resolveKey(KEYMAP, press(b.keys[0]!), off)).toBeNull();
    expect(resolveKey(KEYMAP, press('F6'), off)?.id).toBe('regions.next');
    appStore.getState().setShortcutsEnabled(true);
    expect(resolveKey(KEYMAP, press('1'), context())?.id).toBe('layers.toggle');
  });

  it('the shortcuts dialog is generated from the keymap', async () => {
    const { user } = await renderApp(fixtureModel());
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const labels = within(dialog)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(new Set(labels)).toEqual(new Set(KEYMAP.map((b) => b.label)));
  });
});

describe('view modes keep the canvas', () => {
  it('Diagram → Both → Diagram keeps one Cytoscape instance with its zoom and pan', async () => {
    const { cy, user } = await renderApp(fixtureModel());
    act(() => {
      cy.zoom(1.7);
      cy.pan({ x: 12, y: -34 });
    });
    await user.click(screen.getByRole('button', { name: 'Both' }));
    await user.click(screen.getByRole('button', { name: 'Text' }));
    await user.click(screen.getByRole('button', { name: 'Diagram' }));
    expect(cy.destroyed()).toBe(false);
    expect(cy.zoom()).toBe(1.7);
    expect(cy.pan()).toEqual({ x: 12, y: -34 });
    expect(screen.getByRole('application')).toBe(cy.container());
  });
});

describe('reaching the diagram', () => {
  it('Tab then Enter on "Skip to diagram" puts keyboard focus on the diagram (2 key presses)', async () => {
    const { user } = await renderApp(fixtureModel());
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Skip to diagram');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('application'));
  });
});
