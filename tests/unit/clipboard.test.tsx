import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyLink } from '../../src/ui/components/CopyLink';
import { EmbedDialog } from '../../src/ui/components/EmbedDialog';

const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');

/** Replace the Clipboard API for one test: working, refusing, or absent (an insecure origin). */
function clipboard(kind: 'works' | 'refuses' | 'absent') {
  const writeText =
    kind === 'works' ? vi.fn().mockResolvedValue(undefined) : vi.fn().mockRejectedValue(new Error('NotAllowedError'));
  Object.defineProperty(window.navigator, 'clipboard', {
    configurable: true,
    value: kind === 'absent' ? undefined : { writeText },
  });
  return writeText;
}

/** The text selected in a field, as Ctrl+C would copy it. */
const selected = (field: HTMLInputElement | HTMLTextAreaElement) =>
  field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);

beforeEach(() => window.history.replaceState(null, '', '/app/?layers=alpha&select=node:a'));

afterEach(() => {
  vi.useRealTimers();
  if (original) Object.defineProperty(window.navigator, 'clipboard', original);
  else delete (window.navigator as { clipboard?: unknown }).clipboard;
});

describe('Copy link', () => {
  it('copies the address of this view, says so, and goes back to its label after two seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const writeText = clipboard('works');
    render(<CopyLink />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/app/?layers=alpha&select=node:a');
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Link to this view copied to the clipboard');
    act(() => {
      vi.advanceTimersByTime(1900);
    });
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  for (const kind of ['refuses', 'absent'] as const) {
    it(`where the clipboard ${kind === 'refuses' ? 'refuses' : 'is missing'}, shows the link selected in a dialog`, async () => {
      const user = userEvent.setup();
      clipboard(kind);
      render(<CopyLink />);
      const button = screen.getByRole('button', { name: 'Copy link' });
      await user.click(button);
      const dialog = await screen.findByRole('dialog', { name: 'Link to this view' });
      const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link' });
      expect(dialog).toContainElement(field);
      expect(field).toHaveFocus();
      expect(selected(field)).toBe('http://localhost:3000/app/?layers=alpha&select=node:a');
      await user.click(screen.getByRole('button', { name: 'Close' }));
      expect(dialog).not.toHaveAttribute('open');
      expect(button).toHaveFocus();
      expect(button).toHaveTextContent('Copy link');
    });
  }
});

describe('Embed', () => {
  const openEmbed = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    return screen.getByRole('dialog', { name: 'Embed this view in a course page' });
  };

  it('copies the snippet and says so; reopening clears the message', async () => {
    const user = userEvent.setup();
    const writeText = clipboard('works');
    render(<EmbedDialog />);
    const dialog = await openEmbed(user);
    const snippet = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Snippet' });
    expect(snippet.value).toContain('<iframe');
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    expect(writeText).toHaveBeenCalledWith(snippet.value);
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
    await openEmbed(user);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('where the clipboard refuses, selects the snippet, and selects it again on a second try', async () => {
    const user = userEvent.setup();
    clipboard('refuses');
    render(<EmbedDialog />);
    await openEmbed(user);
    const snippet = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Snippet' });
    const copy = screen.getByRole('button', { name: 'Copy snippet' });
    await user.click(copy);
    expect(screen.getByRole('status')).toHaveTextContent('the snippet is selected, press Ctrl+C');
    // The field is focused by an effect after the refused write: on a busy machine, a moment later.
    await waitFor(() => expect(snippet).toHaveFocus());
    expect(selected(snippet)).toBe(snippet.value);
    await user.click(copy);
    await waitFor(() => expect(snippet).toHaveFocus());
    expect(copy).not.toHaveFocus();
    expect(selected(snippet)).toBe(snippet.value);
  });
});
