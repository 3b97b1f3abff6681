/**
 * The sender: the one account whose installable triggers serve a spreadsheet — the daily run that
 * sends the mail (from that account) and the edit trigger that journals status edits. Installable
 * triggers run as whoever made them and no account sees another's, so two coordinators would
 * otherwise each install a set: two digests a day, two Журнал rows per edit. The sender is recorded
 * in the document's properties, which every account running the add-on in it reads; a trigger of
 * any other account finds it is not the sender's and retires (it can only delete itself).
 */
import * as z from 'zod/mini';
import { parseStored } from '../stored-json';
import { KEYS } from '../workbook/schema';

export const SENDER_KEY = KEYS.sender;

export interface Sender {
  /** The account (effective user) whose triggers serve the document. */
  email: string;
  /** ISO instant it became the sender. */
  since: string;
  /** The hour its daily trigger was made for (spreadsheet zone), or null while it has none. */
  hour: number | null;
}

const SenderSchema = z.object({
  email: z.string().check(z.minLength(3)),
  since: z.string(),
  hour: z.nullable(z.int().check(z.minimum(0), z.maximum(23))),
});

/** The stored record, or null when none is stored or it is unreadable (then the next trigger adopts). */
export function parseSender(raw: string | null | undefined): Sender | null {
  const s = parseStored(SenderSchema, raw);
  return s && { ...s, email: s.email.toLowerCase() };
}

const norm = (e: string) => e.trim().toLowerCase();

/**
 * What a trigger of account `me` does in this document: `serve` (it is the sender's), `adopt` (no
 * sender recorded — a document from before senders were recorded: the first trigger to run takes
 * it), or `retire` (another account sends: do nothing, delete itself).
 */
export function triggerDuty(sender: Sender | null, me: string): 'serve' | 'adopt' | 'retire' {
  if (!sender) return 'adopt';
  return norm(sender.email) === norm(me) ? 'serve' : 'retire';
}

/** Is `me` the sender (or is there none yet, so `me` may become it without taking anything over)? */
export function maySend(sender: Sender | null, me: string): boolean {
  return triggerDuty(sender, me) !== 'retire';
}
