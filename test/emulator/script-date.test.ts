import vm from 'node:vm';
import { createEmulator } from '../../tools/emulator';

// The suite runs under TZ=UTC and TZ=Asia/Yekaterinburg: every expectation here holds in both.
describe("a loaded script's Date", () => {
  const run = (code: string, opts: Parameters<typeof createEmulator>[0] = {}) => {
    const emu = createEmulator({ scriptTimeZone: 'Europe/Moscow', now: '2021-03-01T21:30:00Z', ...opts });
    return vm.runInContext(code, vm.createContext({ ...emu.globals, Date: emu.scriptDate }));
  };

  it('reads its local time in the script time zone, not the machine one', () => {
    // 21:30 UTC is 00:30 of 2 March in Moscow.
    expect(
      run(
        'const d = new Date(); [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes()]',
      ),
    ).toEqual([2021, 2, 2, 2, 0, 30]);
    expect(run('new Date().getTimezoneOffset()')).toBe(-180);
    expect(run('String(new Date())')).toMatch(/^Tue Mar 02 2021 00:30:00 GMT\+0300/);
    expect(run('new Date().getHours()', { scriptTimeZone: 'America/New_York' })).toBe(16);
  });

  it('builds and changes dates from local fields in that zone', () => {
    expect(run('new Date(2021, 2, 1).toISOString()')).toBe('2021-02-28T21:00:00.000Z');
    expect(run('new Date(2021, 0, 32, 9).toISOString()')).toBe('2021-02-01T06:00:00.000Z');
    expect(run('const d = new Date(); d.setHours(0, 0, 0, 0); d.toISOString()')).toBe('2021-03-01T21:00:00.000Z');
    expect(run('const d = new Date(); d.setDate(d.getDate() + 1); d.getDate()')).toBe(3);
    expect(run("new Date('2021-03-01T09:00:00').toISOString()")).toBe('2021-03-01T06:00:00.000Z');
    expect(run("new Date('2021-03-01T09:00:00Z').toISOString()")).toBe('2021-03-01T09:00:00.000Z');
    expect(run("new Date('2021-03-01').toISOString()")).toBe('2021-03-01T00:00:00.000Z');
    expect(run("Date.parse('March 1, 2021 09:00')")).toBe(Date.parse('2021-03-01T06:00:00Z'));
    expect(run('Date.now()')).toBe(Date.parse('2021-03-01T21:30:00Z'));
  });

  it('follows the zone over a daylight-saving change (New York, 14 March 2021)', () => {
    const code = 'const d = new Date(2021, 2, 13, 12); d.setDate(14); [d.toISOString(), d.getHours()]';
    expect(run(code, { scriptTimeZone: 'America/New_York' })).toEqual(['2021-03-14T16:00:00.000Z', 12]);
  });
});
