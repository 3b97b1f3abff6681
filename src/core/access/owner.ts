/**
 * The owner of record: recorded once per document and changed only by the owner. It is the
 * spreadsheet's Drive owner when Google names one; for a file in a shared drive (no owner) it is
 * whoever, signed in, first runs a coordinator's action in the document (in practice: who set the
 * add-on up). A transfer is two steps — the owner names a successor, who becomes owner the first
 * time they act signed in with that address — so a mistyped address never locks the owner out.
 */
import * as z from 'zod/mini';
import { parseStored } from '../stored-json';
import { type Caller, normEmail } from './roles';

export const OwnerRecordSchema = z.object({
  email: z.string().check(z.minLength(3), z.maxLength(320)),
  how: z.enum(['drive-owner', 'first-use', 'transferred']),
  since: z.string().check(z.maxLength(40)),
  pending: z.optional(z.nullable(z.string().check(z.maxLength(320)))),
});
export type OwnerRecord = z.infer<typeof OwnerRecordSchema>;

export function parseOwnerRecord(raw: string | null | undefined): OwnerRecord | null {
  const r = parseStored(OwnerRecordSchema, raw);
  return r && { ...r, email: normEmail(r.email) };
}

export interface OwnerDecision {
  owner: string | null;
  /** A record to save (first recording or a completed transfer), else null. */
  save: OwnerRecord | null;
}

/**
 * `driveOwner` is asked for only when nothing is recorded (a call to Google). `claim`: the entry
 * point is a coordinator's action, so a signed-in caller may become the first owner of a document
 * Google names no owner for.
 */
export function decideOwner(
  recorded: OwnerRecord | null,
  driveOwner: () => string | null,
  caller: Caller,
  claim: boolean,
  now: string,
): OwnerDecision {
  const me = caller.verified ? normEmail(caller.email) : '';
  if (recorded) {
    if (recorded.pending && me && me === normEmail(recorded.pending))
      return { owner: me, save: { email: me, how: 'transferred', since: now, pending: null } };
    return { owner: recorded.email, save: null };
  }
  const drive = normEmail(driveOwner());
  if (drive) return { owner: drive, save: { email: drive, how: 'drive-owner', since: now, pending: null } };
  if (claim && me) return { owner: me, save: { email: me, how: 'first-use', since: now, pending: null } };
  return { owner: null, save: null };
}

/** The owner names a successor (or clears it with null). */
export function withPending(recorded: OwnerRecord, successor: string | null): OwnerRecord {
  const next = normEmail(successor);
  return { ...recorded, pending: next && next !== recorded.email ? next : null };
}
