/** Every write that depends on a read holds the document lock (LockService). */
import { UserError } from '../core/errors';

export function withDocumentLock<T>(fn: () => T, waitMs = 20_000): T {
  // getDocumentLock() "returns null" outside the context of a containing document
  // (reference/lock/lock-service#getDocumentLock()): a published add-on's daily run that opened
  // its spreadsheet by ID. Its writes are appends (Журнал), its own report tabs and its own state
  // keys; the user lock keeps two runs of the same sender apart.
  const lock = LockService.getDocumentLock() ?? LockService.getUserLock();
  if (!lock.tryLock(waitMs)) {
    throw new UserError(
      'locked',
      'Таблицу сейчас изменяет другой пользователь или напоминания. Повторите через минуту.',
      'Someone else is changing the spreadsheet right now. Try again in a minute.',
    );
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
