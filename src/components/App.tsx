import { useEffect } from 'react';
import { useEntente } from '../store';
import { AnalyticsOverlay } from './analytics/AnalyticsOverlay';
import { AppErrorBoundary } from './ErrorBoundary';
import { GraphView } from './graph/GraphView';
import { Header } from './Header';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { ShellBoundary } from './ShellBoundary';
import { DetailsSheet } from './responsive/DetailsSheet';
import { GraphEmptyState } from './GraphEmptyState';
import { StatusLine } from './StatusLine';
import { FirstVisitHint } from './story/FirstVisitHint';
import { TimeBar } from './timebar/TimeBar';

/** The app inside boundaries: any part that crashes (the switcher included) leaves a way out. */
export function App() {
  return (
    <ShellBoundary part="the app">
      <AppShell />
    </ShellBoundary>
  );
}

function AppShell() {
  const theme = useEntente((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <ShellBoundary part="the header">
        <Header />
      </ShellBoundary>
      <ShellBoundary part="the notices">
        <Notices />
      </ShellBoundary>
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
        <ShellBoundary part="the time bar">
          <TimeBar />
          <StatusLine />
        </ShellBoundary>
      </footer>
    </div>
  );
}
