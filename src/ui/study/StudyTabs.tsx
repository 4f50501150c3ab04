import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { appStore } from '../../store/store';
import { LayerPanel } from '../components/LayerPanel';
import { Legend } from '../components/Legend';
import { LazyExperimentsPanel } from './LazyExperimentsPanel';

// The study tools load when their tab is first opened, not with the first page.
const ComparePanel = lazy(() => import('./ComparePanel').then((m) => ({ default: m.ComparePanel })));
const TimelinePanel = lazy(() => import('./TimelinePanel').then((m) => ({ default: m.TimelinePanel })));
const ToursPanel = lazy(() => import('./ToursPanel').then((m) => ({ default: m.ToursPanel })));

const TABS = [
  { id: 'layers', label: 'Hypotheses' },
  { id: 'experiments', label: 'Experiments' },
  { id: 'compare', label: 'Compare' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'tours', label: 'Tours' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function initialTab(): TabId {
  const s = appStore.getState();
  return s.tour ? 'tours' : s.experiment ? 'experiments' : s.compare ? 'compare' : 'layers';
}

/** The left panel: hypotheses and the study tools, as tabs (arrow keys move between tabs). */
export function StudyTabs() {
  const [tab, setTab] = useState<TabId>(initialTab);
  const refs = useRef(new Map<TabId, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = TABS[next]!.id;
    setTab(id);
    refs.current.get(id)?.focus();
  };
  const panels: Record<TabId, ReactNode> = {
    layers: (
      <>
        <LayerPanel />
        <Legend />
      </>
    ),
    experiments: <LazyExperimentsPanel />,
    compare: <ComparePanel />,
    timeline: <TimelinePanel />,
    tours: <ToursPanel />,
  };
  return (
    <div className="study">
      <div className="tabs" role="tablist" aria-label="Study tools">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={onKey}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        <Suspense fallback={<p className="muted">Loading…</p>}>{panels[tab]}</Suspense>
      </div>
    </div>
  );
}
