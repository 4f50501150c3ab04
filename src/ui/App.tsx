import { lazy, Suspense, useCallback, useEffect, useRef, type CSSProperties, type MouseEvent } from 'react';
import { useAppStore } from './hooks/useAppStore';
import { GraphCanvas, type GraphCanvasProps } from '../graph/GraphCanvas';
import type { Control } from '../model/url';
import {
  selectControls,
  selectEmbed,
  selectPresenterWindow,
  selectModel,
  selectPresenting,
  selectTheme,
  selectView,
} from '../store/selectors';
import { appActions } from '../store/store';

import { BuiltInButton } from './components/BuiltInButton';
import { CopyLink } from './components/CopyLink';
import { DetailsPanel } from './components/DetailsPanel';
import { LazyEmbedDialog, LazyExportDialog } from './components/LazyToolDialogs';
import { LayerBar } from './components/LayerBar';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { Legend } from './components/Legend';
import { Notices } from './components/Notices';
import { OpenFile } from './components/OpenFile';
import { PresentBar } from './components/PresentBar';
import { SearchBox } from './components/SearchBox';
import type { DialogHandle } from './components/Dialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { ThemeSelect } from './components/ThemeSelect';
import { TextView } from './components/TextView';
import { ViewControls } from './components/ViewControls';
import { ViewSwitch } from './components/ViewSwitch';
import { WorkProgress } from './components/WorkProgress';
import { WheelHint } from './components/WheelHint';
import { DiagramTwin } from './components/DiagramTwin';
import { useElementHeight } from './hooks/useElementHeight';
import { useFileDrop } from './hooks/useFileDrop';
import { useFullscreen } from './hooks/useFullscreen';
import { MENU_ID, usePhoneLayout } from './hooks/usePhone';
import { MenuButton, SheetBar, SidePanel } from './components/PhoneLayout';
import { useKeymap } from './hooks/useKeymap';
import { LazyExperimentsPanel } from './study/LazyExperimentsPanel';
import { openPresenterWindow } from './presenterWindow';
import { StudyTabs } from './study/StudyTabs';
import { LazyTourPlayer as TourPlayer } from './study/LazyTourPlayer';

export interface AppProps {
  cyOptions?: GraphCanvasProps['cyOptions'];
  onCyReady?: GraphCanvasProps['onReady'];
}

// The grid view draws a Cytoscape miniature per layer: it loads with the canvas engine, when shown.
/** The presenter's window (`?presenter`) only. */
const PresenterView = lazy(() => import('./study/PresenterView').then((m) => ({ default: m.PresenterView })));
const GridView = lazy(() => import('./components/GridView').then((m) => ({ default: m.GridView })));

/** Panels shown in embed mode when the URL does not say (`controls=`). */
const EMBED_DEFAULT_CONTROLS: readonly Control[] = ['layers', 'details', 'toolbar'];

export function App({ cyOptions, onCyReady }: AppProps) {
  const model = useAppStore(selectModel);
  const theme = useAppStore(selectTheme);
  const embed = useAppStore(selectEmbed);
  const presenterWindow = useAppStore(selectPresenterWindow);
  const controls = useAppStore(selectControls) ?? EMBED_DEFAULT_CONTROLS;
  const help = useRef<DialogHandle>(null);
  const fullscreen = useFullscreen();
  const openHelp = useCallback(() => help.current?.open(), []);
  useKeymap({ toggleFullscreen: fullscreen.toggle, openHelp, openPresenter: openPresenterWindow });
  const dragging = useFileDrop();
  const view = useAppStore(selectView);
  const [embedHeader, embedHeaderHeight] = useElementHeight();
  // Phone layout (styles.css "Phone layout"): sheets, the menu and the chip row.
  const phone = usePhoneLayout();
  const presenting = useAppStore(selectPresenting);
  usePresentationFocus(presenting);
  const graph = (
    <GraphCanvas
      {...(cyOptions ? { cyOptions } : {})}
      {...(onCyReady ? { onReady: onCyReady } : {})}
      // Until the diagram is drawn (and in the prerendered page, before any script), its text twin.
      fallback={view === 'diagram' ? <DiagramTwin /> : null}
    />
  );
  // One tree for every view mode, so the canvas stays mounted (and keeps zoom and pan) when the
  // mode changes: the text and grid views only hide it.
  const canvas = (
    <div className={`views views-${view}`}>
      <div className="views-graph" hidden={view === 'text' || view === 'grid'}>
        {graph}
      </div>
      <WorkProgress />
      {(view === 'text' || view === 'split') && (
        <div className="text-pane">
          <TextView />
        </div>
      )}
      {view === 'grid' && (
        <div className="grid-pane">
          <Suspense fallback={null}>
            <GridView />
          </Suspense>
        </div>
      )}
    </div>
  );
  const skipLink = (
    <a className="skip-link" href="#diagram" onClick={skipToDiagram}>
      Skip to diagram
    </a>
  );
  const fullscreenButton = fullscreen.available && (
    <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
      Fullscreen
    </button>
  );

  if (presenterWindow) {
    return (
      <div className="app app-presenter" data-theme={theme}>
        <Suspense fallback={null}>
          <PresenterView />
        </Suspense>
        <ShortcutsDialog ref={help} />
        <LiveAnnouncer />
      </div>
    );
  }

  if (embed) {
    const show = (c: Control) => controls.includes(c);
    // The diagram never runs below the frame: its height leaves room for the header (styles.css).
    const embedStyle = { '--embed-header-height': `${embedHeaderHeight}px` } as CSSProperties;
    return (
      <div className="app app-embed" data-theme={theme} style={embedStyle}>
        {skipLink}
        <header ref={embedHeader} className="embed-header" data-region="tools" tabIndex={-1}>
          <h1 className="visually-hidden">{model?.pathway.title ?? 'Pathway Layers'}</h1>
          {show('layers') && <LayerBar />}
          {(show('toolbar') || show('search')) && (
            <div className="embed-toolbar">
              {show('search') && <SearchBox />}
              {show('toolbar') && (
                <div className="toolbar" role="group" aria-label="Tools">
                  <ViewControls />
                  {fullscreenButton}
                  <a className="button-link" href={openFullHref()} target="_blank" rel="noopener noreferrer">
                    Open full view ↗
                  </a>
                </div>
              )}
            </div>
          )}
          <Notices />
        </header>
        <main>
          <section
            className={view === 'text' || view === 'split' ? 'embed-canvas embed-text' : 'embed-canvas'}
            aria-label="Diagram"
          >
            {canvas}
            <WheelHint />
          </section>
          <TourPlayer />
          {show('details') && <DetailsPanel compact />}
          {show('experiments') && (
            <section className="embed-experiments" aria-label="Experiments">
              <Suspense fallback={null}>
                <LazyExperimentsPanel />
              </Suspense>
            </section>
          )}
          {show('legend') && <Legend />}
        </main>
        <ShortcutsDialog ref={help} />
        <LiveAnnouncer />
      </div>
    );
  }

  return (
    <div className={presenting ? 'app is-presenting' : 'app'} data-theme={theme}>
      {skipLink}
      <header className="app-header" data-region="tools" tabIndex={-1}>
        <h1>{model?.pathway.title ?? 'Pathway Layers'}</h1>
        {phone.phone && <MenuButton layout={phone} />}
        <div id={MENU_ID} className={phone.menuOpen ? 'header-tools is-open' : 'header-tools'}>
          <SearchBox />
          <div className="toolbar" role="group" aria-label="Tools">
            <ViewSwitch />
            <ViewControls />
            <ThemeSelect />
            <OpenFile />
            <BuiltInButton />
            <LazyExportDialog />
            <CopyLink />
            <LazyEmbedDialog />
            <button
              type="button"
              className="present-button"
              onClick={() => appActions().setPresent(true)}
              aria-pressed={presenting}
              title="Presentation mode: the diagram takes the screen (p)"
            >
              Present
            </button>
            {fullscreenButton}
            <button type="button" onClick={openHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
              ?
            </button>
          </div>
        </div>
      </header>
      <Notices />
      <main className="workspace">
        <SidePanel layout={phone} id="study" side="left" label="Hypotheses and study tools" region="hypotheses">
          {/* Mounted once a model is loaded, so its first tab follows the address (e.g. ?experiment=). */}
          {model && <StudyTabs key={model.pathway.id} />}
        </SidePanel>
        {phone.phone && (
          <div className="phone-strip">
            <LayerBar />
            <ViewControls />
          </div>
        )}
        {presenting && <PresentBar>{fullscreenButton}</PresentBar>}
        <section className="canvas-area" aria-label="Diagram">
          {canvas}
          <TourPlayer />
        </section>
        <SidePanel layout={phone} id="details" side="right" label="Selection details" region="details">
          <DetailsPanel />
        </SidePanel>
      </main>
      {phone.phone && <SheetBar layout={phone} />}
      <ShortcutsDialog ref={help} />
      <LiveAnnouncer />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a pathway file to open it
        </div>
      )}
    </div>
  );
}

/**
 * Presentation mode folds the header and the panels away (CSS) and shows its own bar: when the
 * focus was in what folded away (or in the bar that went), it goes to the diagram on entering and
 * to the Present button on leaving, never to the page's body.
 */
function usePresentationFocus(presenting: boolean): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    const lost = !(active instanceof HTMLElement) || active === document.body || active.getClientRects().length === 0;
    if (!lost) return;
    const target = presenting
      ? document.querySelector<HTMLElement>('.graph-canvas')
      : document.querySelector<HTMLElement>('.present-button');
    target?.focus();
  }, [presenting]);
}

/**
 * "Skip to diagram": focus the canvas (or, in the text or grid view, that view) without changing the
 * address; the href keeps the link meaningful before the script runs.
 */
function skipToDiagram(e: MouseEvent<HTMLAnchorElement>): void {
  const target =
    document.querySelector<HTMLElement>('.views-graph:not([hidden]) .graph-canvas') ??
    document.querySelector<HTMLElement>('.text-pane, .grid-pane');
  if (!target) return;
  e.preventDefault();
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

/** The same view in the full app: this address without the embed parameters. */
function openFullHref(): string {
  if (typeof window === 'undefined') return './';
  const params = new URLSearchParams(window.location.search);
  for (const key of ['embed', 'controls', 'origin']) params.delete(key);
  const query = params.toString();
  // The fragment may hold the pathway itself (`#model=`).
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}
