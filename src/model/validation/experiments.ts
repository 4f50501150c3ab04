/**
 * The rules of a pathway's `experiments` that the shape cannot express: the drug, readout,
 * perturbed nodes and edges and cited references exist, and binding edges start at drugs.
 */
import type { PathwayEdge, Pathway, ValidationError } from '../types';
import { checkCitations, checkUnique, errorList } from './rules';

/** Cross-reference rules of `experiments`: nodes, edges and references exist; binding edges start at drugs. */
export function checkExperiments(p: Pathway): ValidationError[] {
  const { errors, add } = errorList();
  const refs = new Set(Object.keys(p.references));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, PathwayEdge>(p.edges.map((e) => [e.id, e]));
  const experiments = p.experiments ?? [];
  checkUnique(
    experiments.map((x) => x.id),
    (i) => `experiments[${i}].id`,
    'experiment',
    add,
  );

  experiments.forEach((x, i) => {
    const at = `experiments[${i}]`;
    const drug = nodes.get(x.drug);
    if (!drug) add(`${at}.drug`, `no node "${x.drug}"`);
    else if (drug.kind !== 'drug') add(`${at}.drug`, `"${x.drug}" is a ${drug.kind} node, not a drug`);
    if (!nodes.has(x.readout)) add(`${at}.readout`, `no node "${x.readout}"`);
    if (x.readout === x.drug) add(`${at}.readout`, 'the readout must differ from the drug');

    const { removeNodes = [], cutEdges = [], abolishBinding = [], note } = x.perturbation;
    if (removeNodes.length + cutEdges.length + abolishBinding.length === 0)
      add(`${at}.perturbation`, 'needs at least one of removeNodes, cutEdges or abolishBinding, non-empty');
    removeNodes.forEach((id, j) => {
      const path = `${at}.perturbation.removeNodes[${j}]`;
      if (!nodes.has(id)) add(path, `no node "${id}"`);
      else if (id === x.drug) add(path, `removes the experiment's own drug "${id}"`);
      else if (id === x.readout) add(path, `removes the readout "${id}", which then cannot be measured`);
    });
    cutEdges.forEach((id, j) => {
      if (!edges.has(id)) add(`${at}.perturbation.cutEdges[${j}]`, `no edge "${id}"`);
    });
    abolishBinding.forEach((id, j) => {
      const path = `${at}.perturbation.abolishBinding[${j}]`;
      const edge = edges.get(id);
      const source = edge && nodes.get(edge.source);
      if (!edge) add(path, `no edge "${id}"`);
      else if (source && source.kind !== 'drug')
        add(
          path,
          `edge "${id}" starts at "${edge.source}" (a ${source.kind}), not at a drug: abolishBinding is for drug-binding edges; use cutEdges to block it or removeNodes to knock out "${edge.source}"`,
        );
    });
    checkCitations(note, `${at}.perturbation.note`, refs, add);
    checkCitations(x.description, `${at}.description`, refs, add);
    x.caveats.forEach((c, j) => checkCitations(c, `${at}.caveats[${j}]`, refs, add));
    x.observed.evidence.forEach((ev, j) => {
      if (!refs.has(ev.ref)) add(`${at}.observed.evidence[${j}].ref`, `no reference "${ev.ref}"`);
      checkCitations(ev.note, `${at}.observed.evidence[${j}].note`, refs, add);
    });
  });
  return errors;
}
