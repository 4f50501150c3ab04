import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** How a copy ended: on the clipboard, or left for the user to copy by hand from a field. */
type CopyOutcome = 'copied' | 'manual';

export interface ClipboardOptions {
  /** Go back to `idle` this long after a successful copy (a button label that says "copied"). */
  resetAfterMs?: number;
}

export interface ClipboardState<F extends HTMLInputElement | HTMLTextAreaElement> {
  /** `idle` until a copy; then how the last copy ended. */
  readonly status: 'idle' | CopyOutcome;
  /** The text of the last copy, for the manual-copy field to show. */
  readonly text: string;
  /** Put `text` on the clipboard; where the clipboard is missing or refused, fall back to the field. */
  copy: (text: string) => Promise<CopyOutcome>;
  /** Back to `idle` (e.g. when the fallback dialog closes). */
  reset: () => void;
  /** The manual-copy field: focused with its text selected after a copy falls back to it. */
  readonly fieldRef: RefObject<F | null>;
}

/**
 * Copy text with the asynchronous Clipboard API, and a fallback for where it is not available
 * (an insecure origin, a frame without `clipboard-write`, a refused permission): the text is put
 * in a field, which is focused and selected so that Ctrl+C (⌘C) copies it.
 */
export function useClipboard<F extends HTMLInputElement | HTMLTextAreaElement>(
  options: ClipboardOptions = {},
): ClipboardState<F> {
  const { resetAfterMs } = options;
  // `attempt` changes on every copy, so a second failure selects the field again.
  const [state, setState] = useState<{ status: 'idle' | CopyOutcome; text: string; attempt: number }>({
    status: 'idle',
    text: '',
    attempt: 0,
  });
  const fieldRef = useRef<F>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  // After the render that shows the text (and after a child dialog holding the field has opened).
  useEffect(() => {
    if (state.status !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [state.status, state.attempt]);

  const copy = useCallback(
    async (text: string): Promise<CopyOutcome> => {
      window.clearTimeout(timer.current);
      let outcome: CopyOutcome;
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        outcome = 'copied';
      } catch {
        outcome = 'manual';
      }
      setState((s) => ({ status: outcome, text, attempt: s.attempt + 1 }));
      if (outcome === 'copied' && resetAfterMs !== undefined) {
        timer.current = window.setTimeout(() => setState((s) => ({ ...s, status: 'idle' })), resetAfterMs);
      }
      return outcome;
    },
    [resetAfterMs],
  );

  const reset = useCallback(() => {
    window.clearTimeout(timer.current);
    setState((s) => ({ ...s, status: 'idle' }));
  }, []);

  return { status: state.status, text: state.text, copy, reset, fieldRef };
}
