/** The document properties the add-on keeps, by key: one list, so two modules never spell one twice. */
export const KEYS = {
  /** The owner of record (src/core/access/owner.ts). */
  owner: 'access.owner',
  /** The last refusal of a trigger whose installer lost the coordinator role. */
  refused: 'access.refused',
  settings: 'reminders.settings',
  status: 'reminders.status',
  planMeta: 'plan.meta',
} as const;
