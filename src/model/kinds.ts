/** Actor kinds, tie types and membership roles: the schema's enumerations, as plain lists. */
export const ACTOR_KINDS = ['country', 'leader', 'organization', 'group'] as const;

export const TIE_TYPES = [
  'membership',
  'leadership',
  'alliance',
  'treaty',
  'alignment',
  'patronage',
  'rivalry',
  'war',
  'estrangement',
  'proxy-contest',
] as const;
/** Tie types whose source and target are not interchangeable (patronage: source = patron, target = client). */
export const DIRECTED_TIE_TYPES = ['membership', 'leadership', 'patronage'] as const;
export const MEMBERSHIP_ROLES = ['full', 'observer', 'associate', 'dialogue-partner'] as const;
