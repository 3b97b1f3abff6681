import { DEFAULT_SETTINGS, parseSettings, serializeSettings } from '../../../src/core/reminders/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, without warnings', () => {
    for (const raw of [undefined, null, '', '{}', {}]) {
      const r = parseSettings(raw);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.warnings).toEqual([]);
    }
    expect(DEFAULT_SETTINGS).toMatchObject({
      hour: 8,
      weekdaysOnly: true,
      daysBefore: [7, 1],
      onTheDay: true,
      overdueEveryDays: 3,
      overdueTimes: 3,
      escalateAfterDays: 3,
      remindOnStart: true,
      senderName: 'План-график',
      language: 'ru',
    });
  });

  it('keeps good values and round-trips through the stored JSON', () => {
    const stored = {
      enabled: true,
      hour: 17,
      weekdaysOnly: false,
      daysBefore: [1, 14, 1],
      coordinators: ['A@X.org'],
      head: 'boss@x.org',
      replyTo: 'help@x.org',
      language: 'en',
    };
    const r = parseSettings(JSON.stringify(stored));
    expect(r.warnings).toEqual([]);
    expect(r.settings).toMatchObject({ enabled: true, hour: 17, weekdaysOnly: false, daysBefore: [14, 1] });
    expect(r.settings.coordinators).toEqual(['a@x.org']);
    expect(parseSettings(serializeSettings(r.settings)).settings).toEqual(r.settings);
  });

  it('replaces each bad field by its default with a Russian warning, keeping the good ones', () => {
    const r = parseSettings({ hour: 25, daysBefore: 'семь', language: 'de', senderName: '  ', overdueTimes: 2 });
    expect(r.settings.hour).toBe(8);
    expect(r.settings.daysBefore).toEqual([7, 1]);
    expect(r.settings.language).toBe('ru');
    expect(r.settings.senderName).toBe('План-график');
    expect(r.settings.overdueTimes).toBe(2);
    expect(r.warnings).toHaveLength(4);
    expect(r.warnings[0]).toMatch(/Час отправки.*25.*по умолчанию \(8\)/);
    for (const w of r.warnings) expect(w).toMatch(/[а-я]/);
  });

  it('drops only the bad coordinator address', () => {
    const r = parseSettings({ coordinators: ['ok@x.org', 'не адрес', 'ok@x.org'] });
    expect(r.settings.coordinators).toEqual(['ok@x.org']);
    expect(r.warnings).toEqual([expect.stringContaining('«не адрес»')]);
  });

  it('never throws on garbage', () => {
    for (const raw of ['{not json', 42, [1, 2], true, { hour: { a: 1 } }, { head: 'nobody' }, { enabled: 'да' }]) {
      const r = parseSettings(raw);
      expect(r.settings.hour).toBeGreaterThanOrEqual(0);
      expect(r.warnings.length).toBeGreaterThan(0);
    }
  });
});
