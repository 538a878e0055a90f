/** Zoom and framing buttons over the graph, for people without a wheel or trackpad. */
export function GraphControls({ onZoom, onFit }: { onZoom: (factor: number) => void; onFit: () => void }) {
  return (
    <div className="graph-controls" role="group" aria-label="Graph view">
      <button
        type="button"
        className="icon-button"
        aria-label="Zoom in"
        title="Zoom in"
        onClick={() => onZoom(1.25)}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Zoom out"
        title="Zoom out"
        onClick={() => onZoom(0.8)}
      >
        −
      </button>
      <button
        type="button"
        className="icon-button fit-button"
        aria-label="Fit all actors"
        title="Fit all actors"
        onClick={onFit}
      >
        ⤢
      </button>
    </div>
  );
}
