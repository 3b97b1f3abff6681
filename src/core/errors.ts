/**
 * An error the user caused and can fix (bad file, bad setting). `message` is Russian, shown as is;
 * `en` is the English text for the second locale. Anything else thrown is a bug.
 */
export class UserError extends Error {
  readonly en: string;
  readonly code: string;
  constructor(code: string, ru: string, en: string) {
    super(ru);
    this.name = 'UserError';
    this.code = code;
    this.en = en;
  }
}

export function isUserError(e: unknown): e is UserError {
  return (
    e instanceof UserError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'UserError')
  );
}
