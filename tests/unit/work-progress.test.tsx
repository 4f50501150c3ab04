import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appStore, resetAppStore } from '../../src/store/store';
import { beginWork, currentWork } from '../../src/store/work';
import { overallPercent, WorkProgress } from '../../src/ui/components/WorkProgress';

afterEach(() => {
  act(() => currentWork()?.end());
  resetAppStore();
});

describe('the progress of long work', () => {
  it('names the work and its stage, in words as well as on the bar', () => {
    render(<WorkProgress />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const work = beginWork('Opening big.graphml', vi.fn());
    act(() => work.report('laying out', 0.5));
    const bar = screen.getByRole('progressbar', { name: 'Opening big.graphml' });
    expect(bar).toHaveAttribute('aria-valuenow', String(overallPercent('laying out', 0.5)));
    expect(bar).toHaveAttribute('aria-valuetext', `Laying out, 50 % (${overallPercent('laying out', 0.5)} % in all)`);
    // The current stage is marked by more than colour: aria-current, and bold and underlined in CSS.
    const stages = within(screen.getByRole('list'));
    expect(stages.getByText('Laying out')).toHaveAttribute('aria-current', 'step');
    expect(stages.getByText('Reading')).not.toHaveAttribute('aria-current');
    // Announced once per stage: the live region holds the stage, not the percentage.
    act(() => work.report('laying out', 0.6));
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(/^Laying out$/);
    act(() => work.end());
    // The live region stays, empty, for the next work's first stage.
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(/^$/);
  });

  it('moves forward through the stages', () => {
    const order = [
      overallPercent('reading', undefined),
      overallPercent('checking', undefined),
      overallPercent('laying out', 0),
      overallPercent('laying out', 0.5),
      overallPercent('laying out', 1),
      overallPercent('drawing', undefined),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length - 1);
    expect(order[0]).toBe(0);
  });

  it('Cancel stops the work and the bar goes; while drawing it cannot', async () => {
    const user = userEvent.setup();
    render(
      <>
        <div id="diagram" tabIndex={0} />
        <WorkProgress />
      </>,
    );
    const cancel = vi.fn();
    const work = beginWork('Opening big.graphml', cancel);
    act(() => work.report('reading'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(work.cancelled).toBe(true);
    // Focus goes to the diagram, not to the page.
    expect(document.activeElement?.id).toBe('diagram');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(appStore.getState().work).toBeNull();

    const drawing = beginWork('Opening other.graphml', cancel);
    act(() => drawing.report('drawing'));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(appStore.getState().work?.stage).toBe('drawing');
    act(() => drawing.end());
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('new work cancels the work it replaces', () => {
    const first = vi.fn();
    beginWork('Laying out A', first);
    const second = beginWork('Opening B', vi.fn());
    act(() => second.report('reading'));
    expect(first).toHaveBeenCalledTimes(1);
    expect(appStore.getState().work?.what).toBe('Opening B');
  });
});
