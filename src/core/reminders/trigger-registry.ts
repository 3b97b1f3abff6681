/**
 * Which spreadsheet a daily trigger serves, kept in its installer's USER properties (the one store
 * a published add-on's time-driven run can read when it has no active document: user properties
 * are per user and script, shared across the user's documents). One property per trigger, keyed by
 * the trigger's unique ID (`e.triggerUid` at run time), so two documents never write the same key.
 * Pure; the calls are in src/gas/triggers.ts.
 */
import * as z from 'zod/mini';
import { parseStored } from '../stored-json';

const PREFIX = 'daily.trigger.';

export function registryKey(triggerUid: string): string {
  return `${PREFIX}${triggerUid}`;
}

const EntrySchema = z.object({ spreadsheetId: z.string().check(z.minLength(1)) });
export type RegistryEntry = z.output<typeof EntrySchema>;

export function registryEntry(spreadsheetId: string): string {
  return JSON.stringify({ spreadsheetId });
}

/** The entry, or null when missing or unreadable (a run then stops: it cannot know its document). */
export function parseRegistryEntry(raw: string | null | undefined): RegistryEntry | null {
  return parseStored(EntrySchema, raw);
}

/**
 * Registry keys to delete for `spreadsheetId`: entries pointing at it whose trigger is not among
 * `liveUids` (the account's triggers of that document now) — left by a trigger deleted by hand.
 */
export function staleEntries(
  props: Record<string, string>,
  spreadsheetId: string,
  liveUids: readonly string[],
): string[] {
  const live = new Set(liveUids.map(registryKey));
  return Object.keys(props).filter(
    (k) => k.startsWith(PREFIX) && !live.has(k) && parseRegistryEntry(props[k])?.spreadsheetId === spreadsheetId,
  );
}
