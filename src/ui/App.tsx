import { useCallback, useRef } from 'react';
import { GraphCanvas, type GraphCanvasProps } from '../graph/GraphCanvas';
import { selectModel, selectTheme } from '../store/selectors';
import { useAppStore } from '../store/store';
import { CopyLink } from './components/CopyLink';
import { DetailsPanel } from './components/DetailsPanel';
import { LayerPanel } from './components/LayerPanel';
import { Legend } from './components/Legend';
import { Notices } from './components/Notices';
import { SearchBox } from './components/SearchBox';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { ThemeSelect } from './components/ThemeSelect';
import { ViewControls } from './components/ViewControls';
import { useFullscreen } from './hooks/useFullscreen';
import { useShortcuts } from './hooks/useShortcuts';

export interface AppProps {
  cyOptions?: GraphCanvasProps['cyOptions'];
  onCyReady?: GraphCanvasProps['onReady'];
}

export function App({ cyOptions, onCyReady }: AppProps) {
  const model = useAppStore(selectModel);
  const theme = useAppStore(selectTheme);
  const help = useRef<HTMLDialogElement>(null);
  const fullscreen = useFullscreen();
  const openHelp = useCallback(() => {
    if (help.current && !help.current.open) help.current.showModal?.();
  }, []);
  useShortcuts({ toggleFullscreen: fullscreen.toggle, openHelp });

  return (
    <div className="app" data-theme={theme}>
      <header className="app-header">
        <h1>{model?.pathway.title ?? 'Pathway Layers'}</h1>
        <SearchBox />
        <div className="toolbar" role="group" aria-label="Tools">
          <ViewControls />
          <ThemeSelect />
          <CopyLink />
          {fullscreen.available && (
            <button type="button" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
              Fullscreen
            </button>
          )}
          <button type="button" onClick={openHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </header>
      <Notices />
      <main className="workspace">
        <aside className="sidebar sidebar-left" aria-label="Hypotheses and legend">
          <LayerPanel />
          <Legend />
        </aside>
        <section className="canvas-area" aria-label="Diagram">
          <GraphCanvas {...(cyOptions ? { cyOptions } : {})} {...(onCyReady ? { onReady: onCyReady } : {})} />
        </section>
        <aside className="sidebar sidebar-right" aria-label="Selection details">
          <DetailsPanel />
        </aside>
      </main>
      <ShortcutsDialog ref={help} />
    </div>
  );
}
