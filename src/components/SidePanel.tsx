import { type ComponentType, lazy, Suspense, useRef } from 'react';
import { type SidePanel as Panel, useEntente } from '../store';
import { FiltersPanel } from './filters/FiltersPanel';
import { Inspector } from './inspector/Inspector';
import { StoryPanel } from './story/StoryPanel';

// The analytics panel belongs to another feature; it appears as a tab only when its folder exists,
// and is loaded on first use so the initial bundle stays small.
const analyticsModules = import.meta.glob<Record<string, unknown>>('./analytics/index.{ts,tsx}');
const analyticsLoader = Object.values(analyticsModules)[0];
const Analytics = analyticsLoader
  ? lazy(async () => {
      const mod = await analyticsLoader();
      const component = (mod.AnalyticsPanel ?? mod.default) as ComponentType | undefined;
      return { default: component ?? (() => <p className="muted">Analytics are not available.</p>) };
    })
  : null;

const TABS: { id: Panel; label: string }[] = [
  { id: 'inspector', label: 'Inspector' },
  { id: 'filters', label: 'Filters' },
  ...(Analytics ? [{ id: 'analytics' as const, label: 'Analytics' }] : []),
];

/** Tabs on the right of the graph (ARIA tabs: arrows move between tabs, Tab enters the panel). */
export function SidePanel() {
  const current = useEntente((s) => s.sidePanel);
  const setSidePanel = useEntente((s) => s.setSidePanel);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const story = useEntente((s) => s.storyChapter !== null);
  const active = TABS.some((t) => t.id === current) ? current : 'inspector';

  const onKeyDown = (event: React.KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === active);
    const next =
      event.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    setSidePanel(TABS[next].id);
    tabs.current[next]?.focus();
  };

  // Story mode takes the whole panel; leaving it brings the tabs back as they were.
  if (story) return <StoryPanel />;
  return (
    <div className="side-panel-inner">
      <div className="tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setSidePanel(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {active === 'inspector' && <Inspector />}
        {active === 'filters' && <FiltersPanel />}
        {active === 'analytics' && Analytics && (
          <Suspense fallback={<p className="muted">Loading analytics…</p>}>
            <Analytics />
          </Suspense>
        )}
      </div>
    </div>
  );
}
