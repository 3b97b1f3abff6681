/** Every write that depends on a read holds the document lock (LockService). */
import { UserError } from '../core/errors';

export function withDocumentLock<T>(fn: () => T, waitMs = 20_000): T {
  const lock = LockService.getDocumentLock();
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
