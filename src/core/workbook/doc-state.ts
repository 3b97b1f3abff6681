/**
 * The document's state (settings, sender, run status, owner of record, plan meta, remembered import
 * columns…) kept as spreadsheet-level developer metadata with PROJECT visibility: one entry per
 * key, read within the Spreadsheets.get every action makes and written by batchUpdate requests.
 * Unlike document properties it is reachable by spreadsheet ID, so a published add-on's daily run,
 * which may have no active document (docs/reminders.md), and a web app read the same one store.
 *
 * Why PROJECT: "Project-visible metadata is only visible to and accessible by the developer
 * project that created the metadata" (developers.google.com/apps-script/reference/spreadsheet/
 * developer-metadata-visibility) — an editor's own script or API client (another project) can
 * neither see nor change it, and Sheets has no UI for it. A DOCUMENT-visible entry with one of our
 * keys can be made by anyone's project: it is ignored, so it cannot forge the owner or a role. The
 * same page warns it is not secret ("can be exposed to users with view access"): nothing secret is
 * kept there. Pure: the calls are in src/gas/doc-state.ts.
 */
import type { SheetsRequest } from '../sheet/requests';
import { KEYS } from './schema';

/** Developer metadata as Spreadsheets.get returns it (fields `developerMetadata(…)`). */
export interface MetadataEntry {
  metadataId?: number | null;
  metadataKey?: string | null;
  metadataValue?: string | null;
  visibility?: string | null;
}

/** Key → value, as document properties were. */
export type StateProps = Record<string, string>;

/** Marks a document whose old document properties were moved here (then never read again). */
export const MIGRATED_KEY = 'state.migrated';

/** Every key the store holds: ours only, so nothing else in the metadata is read or written. */
export const STATE_KEYS: readonly string[] = [...Object.values(KEYS), MIGRATED_KEY];

/** The fields mask of Spreadsheets.get that brings the entries back. */
export const METADATA_FIELDS = 'developerMetadata(metadataId,metadataKey,metadataValue,visibility)';

/**
 * Our budget per spreadsheet, all keys together. Google's guide and reference (stored copies)
 * give no size limit for developer metadata; this is a conservative design figure, and every
 * value is already sized to 8 KB for document properties (src/core/limits/property-size.ts). The
 * emulator refuses more than this, so no test passes on a store bigger than we plan for.
 */
export const STATE_BUDGET_CHARS = 30_000;

const ours = new Set(STATE_KEYS);

/**
 * The store from the entries a get returned: only PROJECT-visible entries with our keys (anything
 * else may be another project's, or forged; we write only spreadsheet-level entries). Two entries of one key (two
 * executions created it at once) read as the one with the highest id; writes update both.
 */
export function stateFromMetadata(entries: readonly MetadataEntry[] | null | undefined): StateProps {
  const out: StateProps = {};
  const idOf: Record<string, number> = {};
  for (const m of entries ?? []) {
    const key = m.metadataKey ?? '';
    if (!ours.has(key) || m.visibility !== 'PROJECT') continue;
    const id = m.metadataId ?? 0;
    if (key in idOf && idOf[key] > id) continue;
    idOf[key] = id;
    out[key] = m.metadataValue ?? '';
  }
  return out;
}

const lookup = (key: string) => ({
  developerMetadataLookup: { metadataKey: key, locationType: 'SPREADSHEET' as const, visibility: 'PROJECT' as const },
});

/**
 * The batchUpdate requests that bring the store from `current` to `current` + `changes` (null
 * deletes a key): an update of the existing entry (every entry of the key, found by key), else a
 * create. Unchanged values send nothing.
 */
export function stateRequests(current: StateProps, changes: Record<string, string | null>): SheetsRequest[] {
  const out: SheetsRequest[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const has = key in current;
    if (value === null) {
      if (has) out.push({ deleteDeveloperMetadata: { dataFilter: lookup(key) } });
    } else if (!has) {
      out.push({
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: key,
            metadataValue: value,
            location: { spreadsheet: true },
            visibility: 'PROJECT',
          },
        },
      });
    } else if (current[key] !== value) {
      out.push({
        updateDeveloperMetadata: {
          dataFilters: [lookup(key)],
          developerMetadata: { metadataValue: value },
          fields: 'metadataValue',
        },
      });
    }
  }
  return out;
}

/** The store after `changes` (what the caller reads on in the same execution). */
export function applyChanges(current: StateProps, changes: Record<string, string | null>): StateProps {
  const next = { ...current };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}

/**
 * What the move writes: every key of ours the old document properties held that the store lacks
 * (a value already in the store wins); the writer adds the marker (src/gas/doc-state.ts). Values
 * over 8 KB cannot come from properties (9 KB a value), so no value is resized here.
 */
export function migrationChanges(current: StateProps, old: Record<string, string> | null): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const [k, v] of Object.entries(old ?? {})) if (ours.has(k) && !(k in current)) changes[k] = v;
  return changes;
}
