/** Setup of the jsdom project only (React components, DOMParser): matchers, cleanup, <dialog>. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor give up after 1 s by default; lazily loaded panels take longer than that on a
// busy machine, and a slow pass is not a failure. (A test that waits for something that never
// comes still fails, after 5 s.)
configure({ asyncUtilTimeout: 5_000 });

// Registered after setup.ts, so it runs before that file's store reset (after-hooks run in reverse).
afterEach(() => {
  cleanup();
});

// jsdom has <dialog> but not its modal methods: open/close by the attribute, as browsers do.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
