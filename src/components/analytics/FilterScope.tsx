import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../../store';

const KIND_PLURAL = {
  country: 'countries',
  leader: 'leaders',
  organization: 'organizations',
  group: 'groups',
};

const SIGN_WORD = { positive: 'cooperative', negative: 'hostile', neutral: 'neutral' };

/** The filters that are on now but that analytics do not apply, in words. */
const selectIgnored = (s: EntenteState): string[] => {
  const f = s.filters;
  const ignored: string[] = [];
  const hiddenKinds = (Object.keys(f.kinds) as (keyof typeof f.kinds)[]).filter((k) => !f.kinds[k]);
  if (hiddenKinds.length) ignored.push(`hidden ${hiddenKinds.map((k) => KIND_PLURAL[k]).join(' and ')}`);
  const hiddenSigns = (Object.keys(f.signs) as (keyof typeof f.signs)[]).filter((k) => !f.signs[k]);
  if (hiddenSigns.length)
    ignored.push(`hidden ${hiddenSigns.map((k) => SIGN_WORD[k]).join(' and ')} relations`);
  if (f.minWeight > 0) ignored.push(`the minimum weight ${f.minWeight.toFixed(2)}`);
  if (!f.ties) ignored.push('hidden ties');
  return ignored;
};

/**
 * Which filters the analytics honour. They read the relations as the engine computes them, so the
 * "Events counted" filter (which changes the scores) applies, while kinds, signs, minimum weight and
 * ties only change what the graph draws and are not applied here.
 */
export function FilterScope() {
  const ignored = useEntente(useShallow(selectIgnored));
  return (
    <p className="analytics-scope small" data-testid="analytics-filter-scope">
      Honours the <em>Events counted</em> filter. Counts every actor and relation at the date whatever the
      graph hides: kinds, signs, minimum weight and ties filter the drawing only.
      {ignored.length > 0 && <strong> Not applied here now: {ignored.join(', ')}.</strong>}
    </p>
  );
}
