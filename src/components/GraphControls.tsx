interface Props {
  onZoom: (factor: number) => void;
  onFit: () => void;
  /** Re-lays the actors present at the viewed date (animated, undoable). */
  onArrange: () => void;
  /** Arranging moves actors; a grouped graph draws communities instead, so it waits for Ungroup. */
  arrangeDisabled?: boolean;
}

/** Zoom, framing and arranging buttons over the graph, for people without a wheel or trackpad. */
export function GraphControls({ onZoom, onFit, onArrange, arrangeDisabled = false }: Props) {
  const buttons = [
    { label: 'Zoom in', text: '+', onClick: () => onZoom(1.25), extra: ' zoom-button' },
    { label: 'Zoom out', text: '−', onClick: () => onZoom(0.8), extra: ' zoom-button' },
    { label: 'Fit all actors', text: '⤢', onClick: onFit, extra: ' fit-button' },
    {
      label: 'Arrange for this date',
      text: '✥',
      onClick: onArrange,
      extra: ' arrange-button',
      disabled: arrangeDisabled,
      title: arrangeDisabled ? 'Arrange for this date (ungroup the communities first)' : undefined,
    },
  ];
  return (
    <div className="graph-controls" role="group" aria-label="Graph view" data-graph-overlay="controls">
      {buttons.map(({ label, text, onClick, extra = '', disabled = false, title = label }) => (
        <button
          key={label}
          type="button"
          className={`icon-button${extra}`}
          aria-label={label}
          title={title}
          disabled={disabled}
          onClick={onClick}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
