import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from '../types';

let nonce = 0;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  camera: null,
  imageRequest: null,
  requestImage: (request) =>
    set({
      imageRequest: {
        format: request.format,
        scale: Math.min(4, Math.max(1, Math.round(request.scale))),
        transparent: request.transparent,
        nonce: ++nonce,
      },
    }),
  wheelHint: false,
  focused: null,
  setFocused: (focused) => set({ focused }),
  setWheelHint: (wheelHint) => set({ wheelHint }),
  fit: () => set({ camera: { type: 'fit', nonce: ++nonce } }),
  zoomBy: (factor) => set({ camera: { type: 'zoom', factor, nonce: ++nonce } }),
  frame: (targets) => set({ camera: { type: 'frame', targets, nonce: ++nonce } }),
  focusNode: (nodeId) => {
    if (!get().model?.nodeById.has(nodeId)) return;
    set({ camera: { type: 'focus', nodeId, nonce: ++nonce }, selection: { kind: 'node', id: nodeId } });
  },
});
