import type { ActorKind } from '../../model';
import { KindSwatch } from '../KindSwatch';

export function Checkbox({
  label,
  hint,
  swatch,
  checked,
  onChange,
}: {
  label: string;
  hint?: string;
  swatch?: ActorKind;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="check" title={hint}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {swatch && <KindSwatch kind={swatch} />}
      <span>{label}</span>
      {hint && <span className="check-hint">{hint}</span>}
    </label>
  );
}
