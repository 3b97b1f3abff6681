/**
 * An error the user caused and can fix (bad file, bad setting). `message` is Russian, shown as is;
 * `en` is the English text for the second locale. Anything else thrown is a bug.
 */

/**
 * What kind of refusal a server call answered with (src/shared/endpoint-contract.ts): every page
 * words each kind the same way. `stale`: the sheet changed since the page drew it; `forbidden`:
 * the caller's role does not allow it; `locked`: someone else is writing, retry; `invalid`: the
 * request or the document cannot be used as it is; `internal`: a bug or an Apps Script failure.
 */
export type ErrorKind = 'stale' | 'forbidden' | 'locked' | 'invalid' | 'internal';
export const ERROR_KINDS: readonly ErrorKind[] = ['stale', 'forbidden', 'locked', 'invalid', 'internal'];

export class UserError extends Error {
  readonly en: string;
  readonly code: string;
  readonly kind: ErrorKind;
  /** `kind`: by default the code when it names a kind ('locked', 'forbidden'), else `invalid`. */
  constructor(code: string, ru: string, en: string, kind?: ErrorKind) {
    super(ru);
    this.name = 'UserError';
    this.code = code;
    this.en = en;
    this.kind = kind ?? ((ERROR_KINDS as readonly string[]).includes(code) ? (code as ErrorKind) : 'invalid');
  }
}

export function isUserError(e: unknown): e is UserError {
  return (
    e instanceof UserError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError')
  );
}
