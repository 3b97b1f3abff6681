/**
 * The one guard every entry point of src/main.ts calls first. It finds who is calling (the active
 * user's Google address, or for a trigger its installer), the owner of record and the named
 * coordinators, and checks the entry point's row of ENTRY_POINTS. A refusal is Russian, English
 * second: an alert for a menu item, a `forbidden` Failure for a google.script.run endpoint (thrown
 * here as a UserError, answered as the envelope by src/gas/endpoint.ts), a logged note for a trigger.
 * Cost: the document's state (getActive, getId, one Spreadsheets.get — the read the caller's
 * workbook reuses) and one Session call; the Drive owner is asked once per document, when nothing
 * is recorded yet.
 */
import * as z from 'zod/mini';
import { decideAccess } from '../core/access/decide';
import { ENTRY_POINTS, type EntryName } from '../core/access/entry-points';
import { decideOwner, type OwnerRecord, parseOwnerRecord, withPending } from '../core/access/owner';
import { type Refusal, refusalText } from '../core/access/refusals';
import { type Authority, type Caller, normEmail, type Role, roleOf } from '../core/access/roles';
import { UserError } from '../core/errors';
import { fitJson } from '../core/limits/property-size';
import { parseSettings } from '../core/reminders/settings';
import { KEYS } from '../core/workbook/schema';
import type { OwnerView } from '../shared/settings-contract';
import { type DocContext, documentState } from './doc-state';
import type { Props } from './props';
import { APP_TITLE } from './ui';
import { currentUserEmail } from './user';

export interface Access {
  entry: EntryName;
  caller: Caller;
  role: Role;
  authority: Authority;
  /** The document's state as the guard read it (src/gas/doc-state.ts; callers reuse it: one read per call). */
  state: DocContext;
  /** `state.props` at the guard's read. */
  doc: Props;
  /** Writes one key of the document's state (one batchUpdate). */
  setDoc(key: string, value: string): void;
  ownerRecord: OwnerRecord | null;
}

function effectiveEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function driveOwner(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  try {
    // Null for a file in a shared drive (Spreadsheet.getOwner reference).
    return ss.getOwner()?.getEmail() || null;
  } catch {
    return null;
  }
}

/** Who is calling and what they may do, without refusing anything. */
export function accessOf(entry: EntryName, state: DocContext = documentState()): Access {
  const e = ENTRY_POINTS[entry];
  let doc = state.props;
  const email = normEmail(e.as === 'installer' ? effectiveEmail() : currentUserEmail());
  const caller: Caller = { email, verified: !!email };
  const recorded = parseOwnerRecord(doc[KEYS.owner]);
  const owner = decideOwner(
    recorded,
    () => driveOwner(state.spreadsheet),
    caller,
    e.allowed !== 'anyone',
    new Date().toISOString(),
  );
  let ownerRecord = recorded;
  if (owner.save) {
    const json = JSON.stringify(owner.save);
    state.set(KEYS.owner, json);
    doc = { ...doc, [KEYS.owner]: json };
    ownerRecord = owner.save;
  }
  const coordinators = parseSettings(doc[KEYS.settings] ?? null).settings.coordinators;
  const authority: Authority = { owner: owner.owner, coordinators };
  return { entry, caller, role: roleOf(caller, authority), authority, state, doc, setDoc: state.set, ownerRecord };
}

function refuse(a: Access, r: Refusal): null {
  const e = ENTRY_POINTS[a.entry];
  if (e.kind === 'run') throw new UserError(r.code, refusalText(r), r.en);
  if (e.kind === 'menu') {
    const ui = SpreadsheetApp.getUi();
    ui.alert(APP_TITLE, refusalText(r), ui.ButtonSet.OK);
  } else if (e.kind === 'trigger') {
    // Nobody sees a trigger run: the note goes to the execution log and to the status menu.
    console.warn(r.ru);
    const note = fitJson({ entry: a.entry, who: a.caller.email, at: new Date().toISOString(), message: r.ru });
    a.setDoc(KEYS.refused, note);
  }
  return null;
}

/**
 * Checks the caller against the entry point's row. Returns the access context, or null after
 * telling the caller (a `run` entry point throws instead). `request`: what a google.script.run
 * call sent, for rows whose rule depends on it (a changed coordinator list needs the owner).
 * `state`: the document's state when the caller has read it already (a trigger's run).
 */
export function guard(entry: EntryName, request?: unknown, state?: DocContext): Access | null {
  // onOpen may run in AuthMode.NONE, where properties cannot be read: nothing to check there.
  if (ENTRY_POINTS[entry].kind === 'simple') return null;
  const a = accessOf(entry, state);
  const requested = request === undefined ? null : parseSettings(request).settings.coordinators;
  const d = decideAccess(entry, a.caller, a.role, a.authority, requested);
  return d.ok ? a : refuse(a, d.refusal);
}

/** What the settings dialog shows of the owner of record. */
export function ownerView(a: Access): OwnerView {
  return { owner: a.authority.owner, pending: a.ownerRecord?.pending ?? null, isOwner: a.role === 'owner' };
}

/** accessTransferOwner's request: the successor's address, or '' to cancel the hand-over. */
export const SuccessorRequest = z.object({
  email: z.union(
    [z.literal(''), z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email('Неверный адрес нового владельца'))],
    'Неверный адрес нового владельца',
  ),
});

/** The owner names a successor (or '' to cancel); they become owner the first time they act signed in. */
export function transferOwner(a: Access, successor: string): OwnerRecord {
  const current = a.ownerRecord ?? {
    email: a.caller.email,
    how: 'first-use' as const,
    since: new Date().toISOString(),
  };
  const next = withPending(current, successor || null);
  a.setDoc(KEYS.owner, JSON.stringify(next));
  return next;
}
