/**
 * Which row of an organisation's План is which activity of the municipal plan. A distributed plan
 * keeps the municipal stable IDs, so its rows match by ID. An organisation's own plan, linked by
 * URL, has IDs of its own: its rows are matched by № and title — the title compared as a set of
 * stems (the people resolver's Snowball stemmer, so «Проведение мониторинга» and «провести
 * мониторинг» meet) — and every match is PROPOSED with its confidence for the department to confirm
 * once. Only an exact match (the same №, the same words, no other activity with those words) is
 * taken without asking; anything else counts only after confirmation, and rows nothing fits are
 * listed, never guessed.
 */
import { stems } from '../people/stem';
import type { TrackedActivity } from '../tracking/types';

/** A department's answer about one row of an organisation's plan (stored; see `applyConfirmations`). */
export interface Confirmation {
  /** `rowKey` of the organisation's row. */
  rowKey: string;
  /** The municipal activity it is, or null: «this row is not in the municipal plan». */
  activityId: string | null;
}

export interface Proposal {
  rowKey: string;
  row: TrackedActivity;
  activityId: string;
  /** 0…1: 0.7 × how alike the titles are (shared stems) + 0.3 when the № is the same. */
  confidence: number;
}

export type MatchedBy = 'id' | 'exact' | 'confirmed';

export interface Matching {
  matched: { activityId: string; row: TrackedActivity; by: MatchedBy }[];
  /** Waiting for the department's confirmation, most confident first. */
  proposals: Proposal[];
  /** Rows with no municipal activity: none fits, or the department said so. */
  unmatched: { rowKey: string; row: TrackedActivity; declined: boolean }[];
  /** Municipal activities no row of the organisation stands for (matched or proposed). */
  missing: string[];
}

/** Below this a pair is not even proposed. */
export const MIN_CONFIDENCE = 0.4;

/** The key a confirmation is stored under: the row's own ID, else its № and title's stems. */
export function rowKey(row: TrackedActivity): string {
  return row.id ? `id:${row.id}` : `n:${normNumber(row.number)}|${stems(row.title).join(' ')}`;
}

export const normNumber = (n: string | null) =>
  (n ?? '')
    .replace(/[\s)]+/g, '')
    .replace(/\.+$/, '')
    .toLowerCase();

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function matchRows(
  municipal: readonly TrackedActivity[],
  rows: readonly TrackedActivity[],
  confirmations: readonly Confirmation[] = [],
): Matching {
  const byId = new Map(municipal.map((a) => [a.id, a]));
  const taken = new Set<string>();
  const matched: Matching['matched'] = [];
  const unmatched: Matching['unmatched'] = [];
  const confirmed = new Map(confirmations.map((c) => [c.rowKey, c.activityId]));
  const rest: TrackedActivity[] = [];
  for (const row of rows) {
    if (row.id && byId.has(row.id) && !taken.has(row.id)) {
      taken.add(row.id);
      matched.push({ activityId: row.id, row, by: 'id' });
    } else rest.push(row);
  }
  const open: TrackedActivity[] = [];
  for (const row of rest) {
    const key = rowKey(row);
    if (!confirmed.has(key)) {
      open.push(row);
      continue;
    }
    const id = confirmed.get(key) ?? null;
    if (id === null) unmatched.push({ rowKey: key, row, declined: true });
    // A confirmation naming an activity the plan no longer has, or one already taken, is asked again.
    else if (byId.has(id) && !taken.has(id)) {
      taken.add(id);
      matched.push({ activityId: id, row, by: 'confirmed' });
    } else open.push(row);
  }

  // Candidates share a stem or the №: an index keeps a 150-row plan from comparing every pair.
  const free = municipal.filter((a) => !taken.has(a.id));
  const info = new Map(free.map((a) => [a.id, { words: new Set(stems(a.title)), number: normNumber(a.number) }]));
  const byStem = new Map<string, string[]>();
  const byNumber = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, id: string) => {
    const list = m.get(k);
    if (list) list.push(id);
    else m.set(k, [id]);
  };
  const titleKeys = new Map<string, number>();
  for (const a of free) {
    const x = info.get(a.id)!;
    for (const w of x.words) push(byStem, w, a.id);
    if (x.number) push(byNumber, x.number, a.id);
    const k = [...x.words].sort().join(' ');
    titleKeys.set(k, (titleKeys.get(k) ?? 0) + 1);
  }
  const pairs: Proposal[] = [];
  for (const row of open) {
    const words = new Set(stems(row.title));
    const number = normNumber(row.number);
    const candidates = new Set<string>(number ? (byNumber.get(number) ?? []) : []);
    for (const w of words) for (const id of byStem.get(w) ?? []) candidates.add(id);
    const key = rowKey(row);
    for (const id of candidates) {
      const x = info.get(id)!;
      const confidence = round2(0.7 * dice(words, x.words) + (number && number === x.number ? 0.3 : 0));
      if (confidence >= MIN_CONFIDENCE) pairs.push({ rowKey: key, row, activityId: id, confidence });
    }
  }
  // One-to-one, the most confident pairs first (ties: plan order), so two rows never claim one activity.
  const order = new Map(municipal.map((a, i) => [a.id, i]));
  pairs.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      (a.row.row ?? 0) - (b.row.row ?? 0) ||
      (order.get(a.activityId) ?? 0) - (order.get(b.activityId) ?? 0),
  );
  const rowDone = new Set<TrackedActivity>();
  const proposals: Proposal[] = [];
  for (const p of pairs) {
    if (rowDone.has(p.row) || taken.has(p.activityId)) continue;
    rowDone.add(p.row);
    taken.add(p.activityId);
    const x = info.get(p.activityId)!;
    const exact = p.confidence === 1 && titleKeys.get([...x.words].sort().join(' ')) === 1;
    if (exact) matched.push({ activityId: p.activityId, row: p.row, by: 'exact' });
    else proposals.push(p);
  }
  for (const row of open) if (!rowDone.has(row)) unmatched.push({ rowKey: rowKey(row), row, declined: false });
  const proposed = new Set(proposals.map((p) => p.activityId));
  const have = new Set(matched.map((m) => m.activityId));
  const missing = municipal.filter((a) => !have.has(a.id) && !proposed.has(a.id)).map((a) => a.id);
  return { matched, proposals, unmatched, missing };
}

/**
 * Stored confirmations with the department's new answers: an answer replaces the one stored for
 * the same row, the rest are kept. Pure, so the adapter only reads and writes the list.
 */
export function applyConfirmations(stored: readonly Confirmation[], answers: readonly Confirmation[]): Confirmation[] {
  const out = new Map(stored.map((c) => [c.rowKey, c]));
  for (const a of answers) out.set(a.rowKey, a);
  return [...out.values()];
}
