/**
 * Long work the page shows a progress bar for (`work` in the store) and that Cancel can stop:
 * opening a large file (read, checked and laid out in the file worker, then drawn) or laying out a
 * large pathway that came by another way (a reload, a link). One piece of work at a time: starting
 * another cancels the first. The cancel callbacks live here, not in the store, which holds only what
 * is shown.
 */
import type { Stage } from '../worker/protocol';
import { appStore } from './store';

export interface WorkHandle {
  /** Show the stage (and how far it is, 0–1). Ignored once the work has ended or been cancelled. */
  report(stage: Stage, fraction?: number): void;
  /** The work is done: the progress bar goes. */
  end(): void;
  /** True once the user cancelled it (or other work replaced it). */
  readonly cancelled: boolean;
  /**
   * What stops the work, once it has started (a worker job starts after its code has loaded); run
   * at once when the work was already cancelled.
   */
  cancelWith(stop: () => void): void;
}

let current: { cancel: () => void; handle: WorkHandle } | null = null;

/**
 * Start showing work; `cancel` (or what `cancelWith` gives later) is called when the user presses
 * Cancel or other work starts.
 */
export function beginWork(what: string, cancel: () => void = () => undefined): WorkHandle {
  current?.cancel();
  let ended = false;
  let cancelled = false;
  let stop = cancel;
  const handle: WorkHandle = {
    report(stage, fraction) {
      if (ended || cancelled) return;
      appStore.getState().setWork({ what, stage, fraction, cancellable: stage !== 'drawing' });
    },
    end() {
      if (ended) return;
      ended = true;
      if (current?.handle === handle) {
        current = null;
        appStore.getState().setWork(null);
      }
    },
    get cancelled() {
      return cancelled;
    },
    cancelWith(next) {
      stop = next;
      if (cancelled) next();
    },
  };
  current = {
    handle,
    cancel: () => {
      if (ended || cancelled) return;
      cancelled = true;
      stop();
      handle.end();
    },
  };
  return handle;
}

/** The current work, if any: the drawing stage ends it once the canvas is drawn. */
export function currentWork(): WorkHandle | null {
  return current?.handle ?? null;
}

/** Cancel: stop the current work, if Cancel can still stop it. */
export function cancelWork(): void {
  if (appStore.getState().work?.cancellable === false) return;
  current?.cancel();
}
