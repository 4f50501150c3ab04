/**
 * The rules of a pathway's `tours` that the shape cannot express: citations, layers, focus targets
 * and experiments exist, and each question has one right answer.
 */
import { parseFocus } from '../tours';
import type { Pathway, ValidationError } from '../types';
import { checkCitations, checkUnique, errorList } from './rules';

/** Cross-reference rules of `tours`: citations, layers, focus and frame targets and experiments exist; one right answer. */
export function checkTours(p: Pathway): ValidationError[] {
  const { errors, add } = errorList();
  const refs = new Set(Object.keys(p.references));
  const layers = new Set(p.layers.map((l) => l.id));
  const nodes = new Set(p.nodes.map((n) => n.id));
  const edges = new Set(p.edges.map((e) => e.id));
  const experiments = new Set((p.experiments ?? []).map((x) => x.id));
  const tours = p.tours ?? [];
  checkUnique(
    tours.map((t) => t.id),
    (i) => `tours[${i}].id`,
    'tour',
    add,
  );
  const checkExperiment = (id: string | undefined, at: string) => {
    if (id !== undefined && !experiments.has(id)) add(at, `no experiment "${id}"`);
  };

  tours.forEach((tour, i) => {
    const at = `tours[${i}]`;
    checkCitations(tour.description, `${at}.description`, refs, add);
    tour.steps.forEach((step, j) => {
      const st = `${at}.steps[${j}]`;
      checkCitations(step.text, `${st}.text`, refs, add);
      if (step.notes !== undefined) checkCitations(step.notes, `${st}.notes`, refs, add);
      step.layers.forEach((id, k) => {
        if (!layers.has(id)) add(`${st}.layers[${k}]`, `no layer "${id}"`);
      });
      const checkTargets = (entries: readonly string[], field: 'focus' | 'frame') =>
        entries.forEach((entry, k) => {
          const target = parseFocus(entry);
          if (target && !(target.kind === 'node' ? nodes : edges).has(target.id))
            add(`${st}.${field}[${k}]`, `no ${target.kind} "${target.id}"`);
        });
      checkTargets(step.focus, 'focus');
      checkTargets(step.frame ?? [], 'frame');
      checkExperiment(step.experiment, `${st}.experiment`);
    });
    (tour.questions ?? []).forEach((q, j) => {
      const qt = `${at}.questions[${j}]`;
      checkCitations(q.prompt, `${qt}.prompt`, refs, add);
      const correct = q.choices.filter((c) => c.correct).length;
      if (correct !== 1) add(`${qt}.choices`, `needs exactly one correct choice, has ${correct}`);
      q.choices.forEach((c, k) => checkCitations(c.feedback, `${qt}.choices[${k}].feedback`, refs, add));
      checkExperiment(q.experiment, `${qt}.experiment`);
    });
  });
  return errors;
}
