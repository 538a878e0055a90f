import { useEffect } from 'react';
import { useEntente } from '../store';
import { GraphView } from './GraphView';
import { Header } from './Header';
import { StatusLine } from './StatusLine';
import { TimeBar } from './TimeBar';

export function App() {
  const theme = useEntente((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <section className="graph-pane" aria-label="Graph">
          <GraphView />
        </section>
        <aside className="side-panel" aria-label="Details" />
      </main>
      <footer className="app-footer">
        <TimeBar />
        <StatusLine />
      </footer>
    </div>
  );
}
