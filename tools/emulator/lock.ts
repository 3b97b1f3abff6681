/**
 * LockService with contention. A lock belongs to an execution (the emulator's main run, or one
 * started with `emu.runAs`, or a simulated other user via `emu.holdLock`). waitLock/tryLock on a
 * lock held by another execution wait — advancing the emulator clock by the timeout — and then
 * fail, because nothing in a single-threaded emulator can release it meanwhile.
 * Reference: developers.google.com/apps-script/reference/lock/lock (message of waitLock's
 * exception: "Lock timeout: another process was holding the lock for too long.").
 */
import { counted, type EmuContext } from './context';

export type LockKind = 'document' | 'script' | 'user';

/** Holder execution id per lock key ("document", "script", "user:<email>"). */
export class LockTable {
  holders = new Map<string, number>();
}

type L = GoogleAppsScript.Lock.Lock;

export class LockImpl implements Pick<L, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  constructor(
    readonly ctx: EmuContext,
    private table: LockTable,
    private key: string,
  ) {}
  private free(): boolean {
    const h = this.table.holders.get(this.key);
    return h === undefined || h === this.ctx.execution;
  }
  hasLock(): boolean {
    return this.table.holders.get(this.key) === this.ctx.execution;
  }
  releaseLock(): void {
    if (this.hasLock()) this.table.holders.delete(this.key);
  }
  tryLock(timeoutInMillis: number): boolean {
    if (this.free()) {
      this.table.holders.set(this.key, this.ctx.execution);
      return true;
    }
    this.ctx.advance(Math.max(0, timeoutInMillis));
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
}
counted(LockImpl, 'LockService', { name: 'Lock' });

export class LockServiceImpl
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    readonly ctx: EmuContext,
    readonly table: LockTable,
  ) {}
  /** Null in a web app: "if called from a standalone script or web app" (reference/lock/lock-service). */
  getDocumentLock(): L {
    // "If this method is called outside of the context of a containing document (such as from a
    // standalone script or webapp), null is returned" (reference/lock/lock-service#getDocumentLock()).
    if (this.ctx.webApp || this.ctx.detached) return null as unknown as L;
    return new LockImpl(this.ctx, this.table, 'document') as unknown as L;
  }
  getScriptLock(): L {
    return new LockImpl(this.ctx, this.table, 'script') as unknown as L;
  }
  getUserLock(): L {
    return new LockImpl(this.ctx, this.table, `user:${this.ctx.user.effectiveUser}`) as unknown as L;
  }
}
counted(LockServiceImpl, 'LockService', { name: 'LockService' });

export function lockKey(kind: LockKind, user: string): string {
  return kind === 'user' ? `user:${user}` : kind;
}
