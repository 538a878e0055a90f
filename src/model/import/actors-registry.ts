import type { ActorKind } from '../types';
import type { DatasetDraft, Origin } from './draft';
import { IdAllocator } from './slug';
import { clip } from './values';

/** Creates one actor per distinct name (or code) met in an event table, with a slugged id. */
export class ActorRegistry {
  private ids = new IdAllocator();
  private labels = new Map<string, string>();

  constructor(private readonly draft: DatasetDraft) {}

  resolve(key: string, label: () => string, kind: ActorKind, origin: Origin): { id: string; label: string } {
    const norm = key.trim().toLowerCase();
    const known = this.ids.has(norm);
    const id = this.ids.idFor(norm);
    if (!known) {
      // The label is only worked out for a new actor: feeds repeat the same few actors on every row.
      const shown = clip(label(), 120) || clip(key, 120);
      this.labels.set(id, shown);
      this.draft.addActor({ id, kind, labels: [{ label: shown }] }, origin);
    }
    return { id, label: this.labels.get(id)! };
  }
}

/** "UNITED STATES" -> "United States"; mixed-case names are left alone. */
export function readableName(name: string): string {
  const s = name.trim();
  if (s !== s.toUpperCase() || !/[A-Z]{2}/.test(s)) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s'(-])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase());
}
