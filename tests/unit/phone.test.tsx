import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../src/store/store';
import { PHONE_QUERY } from '../../src/ui/hooks/usePhone';
import { fixtureModel } from '../helpers/fixtures';
import { renderApp } from '../helpers/renderApp';

/** A window of the given width, as far as `matchMedia` tells (jsdom has no matchMedia of its own). */
function windowWidth(width: number): void {
  vi.stubGlobal('matchMedia', (query: string): Partial<MediaQueryList> => ({
    // Only the phone query is asked for; its one condition is a max-width.
    matches: query === PHONE_QUERY && width <= Number(/max-width: (\d+)px/.exec(query)?.[1]),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const tab = (name: 'Hypotheses' | 'Details') =>
  within(screen.getByRole('navigation', { name: 'Panels' })).getByRole('button', { name });
const sheetOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls') ?? '');

describe('phone layout', () => {
  it('styles.css lays the page out for phones under the same media query as the hook', () => {
    const css = readFileSync(resolve(process.cwd(), 'src/ui/styles.css'), 'utf8');
    expect(css).toContain(`@media ${PHONE_QUERY} {`);
  });

  it('on a wide window there are no sheets, no menu button and no chip row', async () => {
    windowWidth(1440);
    await renderApp(fixtureModel());
    expect(screen.queryByRole('navigation', { name: 'Panels' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Hypotheses' })).toBeNull();
  });

  it('the tab bar opens each panel as a sheet and closes it again, one at a time', async () => {
    windowWidth(390);
    const { user } = await renderApp(fixtureModel());
    const hypotheses = tab('Hypotheses');
    const details = tab('Details');
    expect(sheetOf(hypotheses)).toHaveAccessibleName('Hypotheses and study tools');
    expect(sheetOf(details)).toHaveAccessibleName('Selection details');
    expect(sheetOf(hypotheses)).not.toHaveClass('is-open');

    await user.click(hypotheses);
    expect(hypotheses).toHaveAttribute('aria-expanded', 'true');
    expect(sheetOf(hypotheses)).toHaveClass('is-open');
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(hypotheses).toHaveAttribute('aria-expanded', 'false');
    expect(sheetOf(hypotheses)).not.toHaveClass('is-open');
    expect(sheetOf(details)).toHaveClass('is-open');

    const sheet = within(sheetOf(details)!);
    await user.click(sheet.getByRole('button', { name: 'Full height' }));
    expect(sheetOf(details)).toHaveClass('is-full');
    await user.click(sheet.getByRole('button', { name: 'Close Details' }));
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(sheetOf(details)).not.toHaveClass('is-open');
    expect(details).toHaveFocus();
  });

  it('selecting a node opens the details sheet; clearing the selection closes it', async () => {
    windowWidth(390);
    const { cy } = await renderApp(fixtureModel());
    const details = tab('Details');
    act(() => {
      cy.$id('b').emit('tap');
    });
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(sheetOf(details)).toHaveClass('is-open');
    expect(sheetOf(details)).toHaveTextContent('B');
    act(() => {
      appStore.getState().select(null);
    });
    expect(details).toHaveAttribute('aria-expanded', 'false');
  });

  it('Esc in an open sheet closes it, gives the focus back to its tab, and keeps the selection', async () => {
    windowWidth(390);
    const { cy, user } = await renderApp(fixtureModel());
    act(() => {
      cy.$id('b').emit('tap');
    });
    const details = tab('Details');
    const closeButton = screen.getByRole('button', { name: 'Close Details' });
    closeButton.focus();
    await user.keyboard('{Escape}');
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(details).toHaveFocus();
    expect(appStore.getState().selection).toEqual({ kind: 'node', id: 'b' });
  });

  it('the menu button shows and hides every tool; Esc in the menu closes it', async () => {
    windowWidth(390);
    const { user } = await renderApp(fixtureModel());
    const menu = screen.getByRole('button', { name: 'Menu' });
    const tools = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(tools).not.toHaveClass('is-open');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(tools).toHaveClass('is-open');
    for (const name of ['Export', 'Embed', 'Open…', 'Keyboard shortcuts', 'Zoom in'])
      expect(tools).toContainElement(screen.getAllByRole('button', { name })[0] ?? null);
    screen.getByRole('button', { name: 'Export' }).focus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('the chip row switches layers', async () => {
    windowWidth(390);
    const { user } = await renderApp(fixtureModel());
    const chips = screen.getByRole('navigation', { name: 'Hypotheses' });
    const alpha = screen.getByRole('button', { name: /1\. Alpha hypothesis/ });
    expect(chips).toContainElement(alpha);
    expect(alpha).toHaveAttribute('aria-pressed', 'true');
    await user.click(alpha);
    expect(alpha).toHaveAttribute('aria-pressed', 'false');
    expect(appStore.getState().activeLayers).not.toContain('alpha');
  });
});
