import { useEffect } from 'react';
import { useEntente } from '../store';
import { GraphView } from './GraphView';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { SidePanel } from './SidePanel';
import { StatusLine } from './StatusLine';
import { TimeBar } from './timebar/TimeBar';

export function App() {
  const theme = useEntente((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="workspace">
        <section className="graph-pane" aria-label="Graph">
          <GraphView />
          <Legend />
        </section>
        <aside className="side-panel" aria-label="Details">
          <SidePanel />
        </aside>
      </main>
      <footer className="app-footer">
        <TimeBar />
        <StatusLine />
      </footer>
    </div>
  );
}
