import { useCallback, useEffect, useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';

/** What the owner of a `<Dialog>` can do with it through its `ref`. */
export interface DialogHandle {
  /** Show it as a modal (inert page behind, Esc closes); does nothing if it is already open. */
  open(): void;
  /** Close it, as its Close button does; does nothing if it is closed. */
  close(): void;
  /** Whether it is showing now. */
  readonly isOpen: boolean;
}

export interface DialogProps {
  /** The heading (an `<h2>`); the dialog's accessible name is taken from it. */
  title: ReactNode;
  children?: ReactNode;
  /** Buttons placed before Close in the row at the bottom. */
  actions?: ReactNode;
  /** Class names added to `dialog`. */
  className?: string;
  /**
   * Controlled use: the dialog is shown while this is true. Pair it with `onClose`, which reports
   * every way of closing (Esc, the Close button), and set it back to false there. Leave it out to
   * open the dialog through the `ref` instead.
   */
  open?: boolean;
  /** Called once the dialog has closed, whatever closed it. */
  onClose?: () => void;
  /** Imperative `open()`/`close()`, for a dialog opened by a shortcut or after an async step. */
  ref?: Ref<DialogHandle>;
}

/**
 * The one modal dialog of the app: a native `<dialog>` shown with `showModal()`, so the browser
 * makes the page behind it inert, traps Tab and closes it on Esc. It is labelled by its title, ends
 * with a Close button, and gives focus back to the element that had it when it opened.
 *
 * Open it through a ref (`useRef<DialogHandle>(null)`, then `ref.current?.open()` from a button or
 * a shortcut), or control it with `open` and `onClose` (as Copy link does when the clipboard fails).
 */
export function Dialog({ title, children, actions, className, open, onClose, ref }: DialogProps) {
  const element = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  const show = useCallback(() => {
    const dialog = element.current;
    if (!dialog || dialog.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
  }, []);
  const hide = useCallback(() => {
    if (element.current?.open) element.current.close();
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      open: show,
      close: hide,
      get isOpen() {
        return element.current?.open ?? false;
      },
    }),
    [show, hide],
  );

  useEffect(() => {
    if (open === undefined) return;
    if (open) show();
    else hide();
  }, [open, show, hide]);

  const handleClose = () => {
    // Browsers that follow the current HTML standard already return focus on close; this covers
    // the others (and jsdom), but never pulls focus away from where the user has since moved it.
    const back = opener.current;
    opener.current = null;
    const active = document.activeElement;
    const focusLost = !active || active === document.body || Boolean(element.current?.contains(active));
    if (back?.isConnected && focusLost) back.focus();
    onClose?.();
  };

  return (
    <dialog
      ref={element}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onClose={handleClose}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="button-row dialog-actions">
        {actions}
        <button type="button" onClick={hide}>
          Close
        </button>
      </div>
    </dialog>
  );
}
