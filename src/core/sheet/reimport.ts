/**
 * Re-importing a plan into a План tab that already tracks statuses: activities are matched by ID
 * (same text → same ID), then by number and similar title; matched ones keep their ID and their
 * tracking columns, new ones are added, and vanished ones are kept (flagged), never deleted.
 */
import type { Activity } from '../plan/types';
import { trackingOf } from '../tracking/transition';
import type { TrackedActivity } from '../tracking/types';

export interface ReimportResult {
  activities: TrackedActivity[];
  kept: number;
  added: number;
  /** IDs of activities no longer in the new plan; they stay in the tab. */
  vanished: string[];
}

const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );

function similarity(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  let common = 0;
  A.forEach((t) => {
    if (B.has(t)) common++;
  });
  return common / (A.size + B.size - common || 1);
}

export function fresh(a: Activity): TrackedActivity {
  return { ...a, status: 'not-started', doneDate: null, doneBy: null, comment: null, donePeriods: [] };
}

export function mergeReimport(existing: readonly TrackedActivity[], incoming: readonly Activity[]): ReimportResult {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const used = new Set<string>();
  const out: TrackedActivity[] = [];
  let kept = 0;
  for (const a of incoming) {
    let match = byId.get(a.id);
    if (match && used.has(match.id)) match = undefined;
    if (!match) {
      let best = 0.6;
      for (const e of existing) {
        if (used.has(e.id)) continue;
        const sameNumber = (e.number ?? '') === (a.number ?? '');
        const s = similarity(e.title, a.title) + (sameNumber ? 0.15 : 0);
        if (s > best) {
          best = s;
          match = e;
        }
      }
    }
    if (match) {
      used.add(match.id);
      kept++;
      // Carried over as they are: no status changes, so no transition and no Журнал row.
      out.push({ ...a, id: match.id, ...trackingOf(match) });
    } else out.push(fresh(a));
  }
  const vanished = existing.filter((e) => !used.has(e.id));
  // Two incoming activities could land on one existing ID only through the ID map; keep IDs unique.
  const ids = new Set<string>();
  for (const a of out) {
    let id = a.id;
    for (let n = 2; ids.has(id); n++) id = `${a.id}-${n}`;
    a.id = id;
    ids.add(id);
  }
  return { activities: [...out, ...vanished], kept, added: out.length - kept, vanished: vanished.map((v) => v.id) };
}
