import { useEffect, useRef } from 'react';
import { selectWork } from '../../store/selectors';
import { cancelWork } from '../../store/work';
import type { Stage } from '../../worker/protocol';
import { useAppStore } from '../hooks/useAppStore';

/** The stages in order, with the share of the whole bar each takes (laying out is the long one). */
const STAGES: readonly { readonly stage: Stage; readonly label: string; readonly share: number }[] = [
  { stage: 'reading', label: 'Reading', share: 0.2 },
  { stage: 'checking', label: 'Checking', share: 0.1 },
  { stage: 'laying out', label: 'Laying out', share: 0.55 },
  { stage: 'drawing', label: 'Drawing', share: 0.15 },
];

/** How far the whole job is, 0–100: the stages before this one, and this one's own fraction. */
export function overallPercent(stage: Stage, fraction: number | undefined): number {
  const at = STAGES.findIndex((s) => s.stage === stage);
  const before = STAGES.slice(0, at).reduce((sum, s) => sum + s.share, 0);
  return Math.round((before + (STAGES[at]?.share ?? 0) * Math.min(1, Math.max(0, fraction ?? 0))) * 100);
}

/**
 * The progress of long work (opening or laying out a large file): what is being done, the stages
 * with the current one marked (in words and weight, not colour alone), a `role="progressbar"` and
 * Cancel, which keeps the diagram that was there. Over the diagram, never blocking the rest of
 * the page.
 */
export function WorkProgress() {
  const work = useAppStore(selectWork);
  // Focus on Cancel when the card goes (cancelled or done) moves to the diagram, not the page.
  const hadFocus = useRef(false);
  useEffect(() => {
    if (work || !hadFocus.current) return;
    hadFocus.current = false;
    document.getElementById('diagram')?.focus();
  }, [work]);
  const current = work && STAGES.find((s) => s.stage === work.stage);
  // Always there, so that the first stage is announced too (a region inserted with its text is
  // often missed); each stage once, not every percent.
  const live = (
    <p className="visually-hidden" aria-live="polite">
      {work ? (current?.label ?? work.stage) : ''}
    </p>
  );
  if (!work) return live;
  const percent = overallPercent(work.stage, work.fraction);
  const stageText =
    work.fraction !== undefined && work.stage === 'laying out'
      ? `${current?.label ?? work.stage}, ${Math.round(work.fraction * 100)} %`
      : (current?.label ?? work.stage);
  return (
    <>
      {live}
      <section className="work-progress" aria-label="Progress">
        <p className="work-progress-what" id="work-progress-what">
          {work.what}
        </p>
        <ol className="work-progress-stages">
          {STAGES.map((s) => (
            <li key={s.stage} aria-current={s.stage === work.stage ? 'step' : undefined}>
              {s.label}
            </li>
          ))}
        </ol>
        <div
          className="work-progress-bar"
          role="progressbar"
          aria-labelledby="work-progress-what"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${stageText} (${percent} % in all)`}
        >
          <div className="work-progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <div className="work-progress-foot">
          <span>{stageText}…</span>
          {/* aria-disabled, not disabled: a focused button that becomes disabled drops the focus. */}
          <button
            type="button"
            onClick={() => work.cancellable && cancelWork()}
            aria-disabled={!work.cancellable}
            title={work.cancellable ? undefined : 'The new diagram is being drawn: it is in place in a moment.'}
            onFocus={() => (hadFocus.current = true)}
            onBlur={() => (hadFocus.current = false)}
          >
            Cancel
          </button>
        </div>
      </section>
    </>
  );
}
