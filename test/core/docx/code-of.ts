import { isUserError } from '../../../src/core/errors';

/** The code of the UserError `f` throws, or 'read' when it returns; anything else thrown is rethrown. */
export function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return e.code;
    throw e;
  }
  return 'read';
}
