import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog, type DialogHandle } from '../../src/ui/components/Dialog';

/** An opener button and a dialog opened through the imperative handle, as the toolbar dialogs are. */
function WithHandle({ onClose }: { onClose?: () => void }) {
  const dialog = useRef<DialogHandle>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.open()}>
        Open it
      </button>
      <button type="button">Elsewhere</button>
      <Dialog
        ref={dialog}
        title="Settings"
        className="extra"
        actions={<button type="button">Apply</button>}
        {...(onClose ? { onClose } : {})}
      >
        <p>Body text</p>
      </Dialog>
    </>
  );
}

/** The controlled form: shown while a piece of state says so, which `onClose` resets. */
function Controlled() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Show
      </button>
      <span data-testid="state">{open ? 'open' : 'closed'}</span>
      <Dialog title="Controlled" open={open} onClose={() => setOpen(false)}>
        <p>Inside</p>
      </Dialog>
    </>
  );
}

/** The dialog whose title is `name`, open or closed (a closed one has no accessible name in jsdom). */
const dialogTitled = (name: string) => {
  const dialog = screen.getByRole('heading', { level: 2, name, hidden: true }).closest('dialog');
  if (!dialog) throw new Error(`no dialog titled ${name}`);
  return dialog;
};

describe('<Dialog>', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a native dialog labelled by its title, with its body, actions and a Close button', () => {
    render(<WithHandle />);
    const dialog = dialogTitled('Settings');
    expect(dialog).toHaveClass('dialog', 'extra');
    expect(dialog).not.toHaveAttribute('open');
    const title = screen.getByRole('heading', { level: 2, name: 'Settings', hidden: true });
    expect(dialog).toHaveAttribute('aria-labelledby', title.id);
    expect(dialog).toHaveTextContent('Body text');
    const buttons = [...dialog.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Apply', 'Close']);
  });

  it('opens as a modal through its handle, and Close closes it and gives focus back to the opener', async () => {
    const onClose = vi.fn();
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    render(<WithHandle onClose={onClose} />);
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'Open it' });
    await user.click(opener);
    // Open, it is found by the name its title gives it.
    const dialog = screen.getByRole<HTMLDialogElement>('dialog', { name: 'Settings' });
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    expect(dialog.open).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
  });

  it('opening twice is harmless, and a close does not pull focus from where the user moved it', () => {
    const handle = { current: null as DialogHandle | null };
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    render(
      <>
        <button type="button">Opener</button>
        <button type="button">Other</button>
        <Dialog ref={(h) => void (handle.current = h)} title="Twice" />
      </>,
    );
    screen.getByRole('button', { name: 'Opener' }).focus();
    act(() => handle.current?.open());
    act(() => handle.current?.open());
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(handle.current?.isOpen).toBe(true);
    const other = screen.getByRole('button', { name: 'Other' });
    other.focus();
    act(() => handle.current?.close());
    expect(handle.current?.isOpen).toBe(false);
    expect(document.activeElement).toBe(other);
  });

  it('follows an `open` prop, and reports a close so the owner can reset it', async () => {
    render(<Controlled />);
    const user = userEvent.setup();
    const dialog = dialogTitled('Controlled');
    expect(dialog.open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(dialog.open).toBe(true);
    expect(screen.getByTestId('state')).toHaveTextContent('open');
    // A close the browser makes (Esc fires `close` on the element) is reported like the button's.
    act(() => dialog.close());
    expect(screen.getByTestId('state')).toHaveTextContent('closed');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(dialog.open).toBe(true);
  });

  it('gives each dialog its own title id', () => {
    render(
      <>
        <Dialog title="One" />
        <Dialog title="Two" />
      </>,
    );
    const one = dialogTitled('One').getAttribute('aria-labelledby');
    const two = dialogTitled('Two').getAttribute('aria-labelledby');
    expect(document.getElementById(one ?? '')).toHaveTextContent('One');
    expect(document.getElementById(two ?? '')).toHaveTextContent('Two');
  });
});
