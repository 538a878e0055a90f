import type { ActorKind } from '../model';
import { KIND_STYLE } from '../graph/palette';

/** The node shape and colour of an actor kind, as drawn on the graph. */
export function KindSwatch({ kind, size = 14 }: { kind: ActorKind; size?: number }) {
  const fill = KIND_STYLE[kind].colour;
  const shape = (() => {
    switch (kind) {
      case 'country':
        return <circle cx={8} cy={8} r={6.5} fill={fill} />;
      case 'leader':
        return <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" fill={fill} />;
      case 'organization':
        return <rect x={1.5} y={2.5} width={13} height={11} rx={3} fill={fill} />;
      case 'group':
        return <path d="M4.5 2h7L15 8l-3.5 6h-7L1 8z" fill={fill} />;
    }
  })();
  return (
    <svg className="swatch" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      {shape}
    </svg>
  );
}
