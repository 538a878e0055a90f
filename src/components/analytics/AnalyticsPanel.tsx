import { ComparePanel } from './ComparePanel';
import { EvidenceMapSection } from './EvidenceMapSection';
import { FilterScope } from './FilterScope';
import { MetricsSection } from './MetricsSection';
import { SeriesSection } from './SeriesSection';
import { StructureSection } from './StructureSection';
import { useStructure } from './useStructure';
import './analytics.css';

/**
 * Alliance analytics: structural balance and the best two-camp split at the time shown, the same over
 * the whole span, a comparison of two dates, actor metrics, and where the evidence is thin. The measures are descriptive.
 */
export function AnalyticsPanel() {
  const structure = useStructure();
  return (
    <div className="analytics-panel" data-testid="analytics-panel">
      <FilterScope />
      <StructureSection structure={structure} />
      <SeriesSection />
      <ComparePanel />
      <MetricsSection />
      <EvidenceMapSection />
      <p className="muted small">
        These measures describe the coded relations; they do not predict or explain behaviour. See
        docs/MODEL.md, “Alliance analytics”.
      </p>
    </div>
  );
}
