import { GraphCanvas, type GraphCanvasProps } from '../graph/GraphCanvas';
import { selectModel } from '../store/selectors';
import { useAppStore } from '../store/store';
import { DetailsPanel } from './components/DetailsPanel';
import { LayerPanel } from './components/LayerPanel';
import { Legend } from './components/Legend';
import { Notices } from './components/Notices';
import { SearchBox } from './components/SearchBox';
import { ViewControls } from './components/ViewControls';

export interface AppProps {
  cyOptions?: GraphCanvasProps['cyOptions'];
  onCyReady?: GraphCanvasProps['onReady'];
}

export function App({ cyOptions, onCyReady }: AppProps) {
  const model = useAppStore(selectModel);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{model?.pathway.title ?? 'Pathway Layers'}</h1>
        <SearchBox />
        <ViewControls />
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
    </div>
  );
}
