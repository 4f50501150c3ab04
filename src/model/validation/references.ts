/**
 * The rules of a pathway file that its shape cannot express: ids unique, every reference resolves,
 * every edge supported; then the rules of its compartments, experiments and tours.
 */
import type { Pathway, ValidationError } from '../types';
import { checkClones } from './clones';
import { checkCompartments } from './compartments';
import { checkExperiments } from './experiments';
import { errorList } from './rules';
import { checkTours } from './tours';

/** Cross-reference rules of layers, nodes and edges, then of compartments, experiments and tours. */
export function checkReferences(p: Pathway): ValidationError[] {
  const { errors, add } = errorList();
  const refs = new Set(Object.keys(p.references));
  const layers = new Set<string>();
  const nodes = new Set<string>();

  p.layers.forEach((layer, i) => {
    if (layers.has(layer.id)) add(`layers[${i}].id`, `duplicate layer id "${layer.id}"`);
    layers.add(layer.id);
    layer.references.forEach((key, j) => {
      if (!refs.has(key)) add(`layers[${i}].references[${j}]`, `no reference "${key}"`);
    });
  });
  p.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) add(`nodes[${i}].id`, `duplicate node id "${node.id}"`);
    nodes.add(node.id);
  });
  const edgeIds = new Set<string>();
  p.edges.forEach((edge, i) => {
    const at = `edges[${i}]`;
    if (edgeIds.has(edge.id)) add(`${at}.id`, `duplicate edge id "${edge.id}"`);
    edgeIds.add(edge.id);
    if (!nodes.has(edge.source)) add(`${at}.source`, `no node "${edge.source}"`);
    if (!nodes.has(edge.target)) add(`${at}.target`, `no node "${edge.target}"`);
    edge.layers.forEach((layer, j) => {
      if (!layers.has(layer)) add(`${at}.layers[${j}]`, `no layer "${layer}"`);
    });
    if (new Set(edge.layers).size !== edge.layers.length) add(`${at}.layers`, 'a layer is listed twice');
    edge.evidence.forEach((ev, j) => {
      if (!refs.has(ev.ref)) add(`${at}.evidence[${j}].ref`, `no reference "${ev.ref}"`);
    });
    (edge.modifiers ?? []).forEach((mod, j) => {
      mod.evidence.forEach((ev, k) => {
        if (!refs.has(ev.ref)) add(`${at}.modifiers[${j}].evidence[${k}].ref`, `no reference "${ev.ref}"`);
      });
      if (!mod.evidence.some((ev) => ev.stance === 'supports'))
        add(`${at}.modifiers[${j}].evidence`, 'needs at least one item with stance "supports"');
    });
    if (!edge.uncited && !edge.evidence.some((ev) => ev.stance === 'supports'))
      add(`${at}.evidence`, 'needs at least one item with stance "supports" (or "uncited": true for an imported edge)');
    if (edge.status === 'inferred' && !edge.reason)
      add(`${at}.reason`, 'an inferred edge must say why it is drawn (reason)');
  });
  errors.push(...checkCompartments(p), ...checkClones(p), ...checkExperiments(p), ...checkTours(p));
  return errors;
}
