/** Small stroke icons for the time controls; the buttons carry the accessible names. */
const PATHS = {
  play: 'M5 3.5v9l8-4.5z',
  pause: 'M4.5 3h2.5v10H4.5zM9 3h2.5v10H9z',
  back: 'M3.5 3v10M13 3.5v9L6 8z',
  forward: 'M12.5 3v10M3 3.5v9L10 8z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
