import { createEmulator } from '../../tools/emulator';

describe('LockService', () => {
  it('a lock held by another execution blocks, and waiting costs clock time', () => {
    const emu = createEmulator();
    const { LockService } = emu.globals;
    emu.holdLock('script');
    const lock = LockService.getScriptLock();
    const t0 = emu.now().getTime();
    expect(lock.tryLock(5000)).toBe(false);
    expect(emu.now().getTime() - t0).toBe(5000);
    expect(() => lock.waitLock(30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    emu.releaseHeldLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('runAs is a separate execution: it cannot take a lock the main one holds, and its own is freed when it ends', () => {
    const emu = createEmulator();
    const { LockService } = emu.globals;
    LockService.getDocumentLock().waitLock(1000);
    const other = emu.runAs({ email: 'teacher@example.org' }, () => LockService.getDocumentLock().tryLock(100));
    expect(other).toBe(false);
    LockService.getDocumentLock().releaseLock();
    emu.runAs({ email: 'teacher@example.org' }, () => {
      expect(LockService.getDocumentLock().tryLock(100)).toBe(true);
    });
    // The other execution ended: its lock is gone.
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('user locks are per user', () => {
    const emu = createEmulator();
    const { LockService } = emu.globals;
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
    const other = emu.runAs({ email: 'teacher@example.org' }, () => LockService.getUserLock().tryLock(0));
    expect(other).toBe(true);
  });
});
