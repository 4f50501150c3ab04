import { act, screen } from '@testing-library/react';
import { renderApp as renderAppWith } from '../helpers/renderApp';
import { describe, expect, it } from 'vitest';
import { appStore } from '../../src/store/store';
import { fixtureModel } from '../helpers/fixtures';

const renderApp = () => renderAppWith(fixtureModel());

const layers = () => appStore.getState().activeLayers;

describe('presenter keys', () => {
  it('1–9 toggle layer n and 0 shows every layer', async () => {
    const { user } = await renderApp();
    await user.keyboard('1');
    expect(layers()).toEqual(['beta']);
    await user.keyboard('3');
    expect(layers()).toEqual(['beta', 'critique']);
    await user.keyboard('9');
    expect(layers()).toEqual(['beta', 'critique']);
    await user.keyboard('0');
    expect(layers()).toEqual(['alpha', 'beta', 'critique']);
  });

  it('are inert while typing in the search field', async () => {
    const { user } = await renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Find' }), '1t0');
    expect(layers()).toEqual(['alpha', 'beta']);
    expect(appStore.getState().theme).toBeNull();
  });

  it('t cycles the theme, and the canvas and page follow it', async () => {
    const { user, cy } = await renderApp();
    expect(document.querySelector('.app')).toHaveAttribute('data-theme', 'light');
    await user.keyboard('t');
    expect(appStore.getState().theme).toBe('dark');
    expect(document.querySelector('.app')).toHaveAttribute('data-theme', 'dark');
    await user.keyboard('t');
    expect(document.querySelector('.app')).toHaveAttribute('data-theme', 'projector');
    const width = (id: string) => parseFloat(cy.$id(id).style('width') as string);
    expect(width('a-inhibits-b@alpha')).toBeGreaterThan(4);
    await user.keyboard('t');
    expect(appStore.getState().theme).toBe('light');
    expect(width('a-inhibits-b@alpha')).toBeLessThan(4);
  });

  it('? opens the shortcut list, where single-key shortcuts can be switched off', async () => {
    const { user } = await renderApp();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(dialog).toHaveAttribute('open');
    await user.click(screen.getByRole('checkbox', { name: /Single-key shortcuts on/, hidden: true }));
    expect(appStore.getState().shortcutsEnabled).toBe(false);
    act(() => (dialog as HTMLDialogElement).close());
    await user.keyboard('1');
    expect(layers()).toEqual(['alpha', 'beta']);
  });

  it('ignores keys with modifiers, so browser shortcuts keep working', async () => {
    const { user } = await renderApp();
    await user.keyboard('{Control>}1{/Control}');
    expect(layers()).toEqual(['alpha', 'beta']);
  });
});
