import { decideAccess, decideContext } from '../../../src/core/access/decide';
import { ENTRY_POINTS, type EntryName } from '../../../src/core/access/entry-points';
import { type Role, roleOf } from '../../../src/core/access/roles';

const auth = { owner: 'owner@school.example', coordinators: ['coord@school.example'] };
const caller = (email: string) => ({ email, verified: true });
const decide = (entry: EntryName, email: string, requested: string[] | null = null) => {
  const c = caller(email);
  return decideAccess(entry, c, roleOf(c, auth), auth, requested);
};

describe('decideAccess', () => {
  it('lets each role do exactly what its row allows', () => {
    const rank: Record<Role, string> = {
      staff: 'teacher@school.example',
      coordinator: 'coord@school.example',
      owner: 'owner@school.example',
    };
    for (const [fn, e] of Object.entries(ENTRY_POINTS) as [EntryName, (typeof ENTRY_POINTS)[EntryName]][]) {
      const may = (r: Role) => decide(fn, rank[r]).ok;
      const expected =
        e.allowed === 'anyone'
          ? [true, true, true]
          : e.allowed === 'coordinator'
            ? [false, true, true]
            : [false, false, true];
      expect([fn, may('staff'), may('coordinator'), may('owner')]).toEqual([fn, ...expected]);
    }
  });

  it('a changed coordinator list needs the owner; an unchanged one does not', () => {
    expect(decide('remindersSettingsSave', 'coord@school.example', ['coord@school.example']).ok).toBe(true);
    const r = decide('remindersSettingsSave', 'coord@school.example', ['coord@school.example', 'me@school.example']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.ru).toMatch(/только владелец таблицы/);
    expect(decide('remindersSettingsSave', 'owner@school.example', []).ok).toBe(true);
    // Staff are told the entry point is a coordinator's, not the owner's.
    const s = decide('remindersSettingsSave', 'teacher@school.example', ['teacher@school.example']);
    if (!s.ok) expect(s.refusal.ru).toMatch(/только координатор или владелец/);
  });

  it('a trigger whose installer is no longer a coordinator is refused, naming the installer', () => {
    const r = decide('onDailyReminders', 'former@school.example');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.ru).toMatch(/установил\(а\) former@school\.example/);
  });
});

describe('decideContext: from the web app only its own entry points answer', () => {
  it('refuses every other entry point there, in Russian, and allows everything in the document', () => {
    for (const entry of Object.keys(ENTRY_POINTS) as (keyof typeof ENTRY_POINTS)[]) {
      expect(decideContext(entry, 'document')).toEqual({ ok: true });
      const web = decideContext(entry, 'webapp');
      if (ENTRY_POINTS[entry].kind === 'web') expect(web).toEqual({ ok: true });
      else
        expect(web).toMatchObject({ ok: false, refusal: { code: 'forbidden', ru: expect.stringContaining('ссылке') } });
    }
    expect(decideContext('menuImport', 'webapp')).toMatchObject({ ok: false });
    expect(decideContext('webMark', 'webapp')).toEqual({ ok: true });
  });
});
