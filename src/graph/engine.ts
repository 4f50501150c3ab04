/**
 * The canvas engine: Cytoscape and everything that builds, lays out and binds a canvas. It is its
 * own chunk, loaded with a dynamic import (`loadEngine.ts`) once the page has painted, beside the
 * app, so the page's shell and text paint first and the diagram is built in a task of its own.
 */
export { positionsFor, presetPositions } from './layout';
export { drawMainCanvas } from './mainCanvas';
export { mountSecondCanvas } from './secondCanvas';
