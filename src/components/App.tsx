import { useEffect } from 'react';
import { useEntente } from '../store';
import { AnalyticsOverlay } from './analytics/AnalyticsOverlay';
import { AppErrorBoundary } from './ErrorBoundary';
import { GraphView } from './graph/GraphView';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { DetailsSheet } from './responsive/DetailsSheet';
import { GraphEmptyState } from './GraphEmptyState';
import { StatusLine } from './StatusLine';
import { FirstVisitHint } from './story/FirstVisitHint';
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
      <AppErrorBoundary>
        <main className="workspace">
          <section className="graph-pane" aria-label="Graph">
            <GraphView />
            <GraphEmptyState />
            <AnalyticsOverlay />
            <Legend />
            <FirstVisitHint />
          </section>
          <DetailsSheet />
        </main>
      </AppErrorBoundary>
      <footer className="app-footer">
        <TimeBar />
        <StatusLine />
      </footer>
    </div>
  );
}
