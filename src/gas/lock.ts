/**
 * Every write that depends on a read holds the writers' lock (LockService). In the web app
 * `getDocumentLock()` returns null ("if called from a standalone script or web app",
 * developers.google.com/apps-script/reference/lock/lock-service), so the page by a link can only
 * take the script lock — and a lock excludes only holders of the same kind. Hence: once the web
 * app is deployed (`ScriptApp.getService().getUrl()` is not null: reference/script/service),
 * every writer — sidebar, edit trigger, reminders, import, the web page — takes the script lock.
 * That is right where the web app can work at all: a script bound to one spreadsheet (README,
 * «Ссылки в письмах»), whose script lock covers exactly that spreadsheet. Without a deployment
 * (a published add-on, whose one script serves every spreadsheet) writers keep the document lock,
 * so one school's reminder run never holds up another's marks.
 */
import { UserError } from '../core/errors';
import { webAppUrl } from './links';

type Lock = GoogleAppsScript.Lock.Lock;

/**
 * `url`: the web app's (null: not deployed), `doc`: the document lock (the guard's,
 * `Access.documentLock`), when the caller has them already — each asked only when needed.
 * getDocumentLock() "returns null" outside the context of a containing document
 * (reference/lock/lock-service#getDocumentLock()): the web app (script lock, the one it can take),
 * or a published add-on's daily run that opened its spreadsheet by ID — whose writes are appends
 * (Журнал), its own report tabs and its own state keys: the user lock keeps two runs of the same
 * sender apart without holding up every other school that runs the same add-on script.
 */
export function withDocumentLock<T>(fn: () => T, waitMs = 20_000, url?: string | null, doc?: Lock | null): T {
  const deployed = url === undefined ? webAppUrl() : url;
  const lock = deployed
    ? LockService.getScriptLock()
    : ((doc === undefined ? LockService.getDocumentLock() : doc) ?? LockService.getUserLock());
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
