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

describe('settings messages a coordinator understands (issue 16)', () => {
  it('a bad number names the field in words and the allowed range, with no JSON or null', () => {
    // The form sends Number('') → null and a negative day as typed.
    const r = parseSettings({ daysBefore: [null, -5], hour: 30, escalateAfterDays: -1, enabled: 'да' });
    expect(r.warnings).toContain(
      'Настройка «Час отправки»: «30» не подходит — нужно целое число от 0 до 23; используется значение по умолчанию (8).',
    );
    expect(r.warnings).toContain(
      'Настройка «За сколько дней напоминать»: «пусто, -5» не подходит — нужно до 10 целых чисел от 1 до 90 через запятую; используется значение по умолчанию (7, 1).',
    );
    expect(r.warnings.find((w) => w.includes('через K дней'))).toMatch(/от 0 до 365 или пусто \(никогда\)/);
    expect(r.warnings).toContain(
      'Настройка «Напоминания включены»: «да» не подходит — нужно флажок: включено или выключено; используется значение по умолчанию (выключено).',
    );
    for (const w of r.warnings) expect(w).not.toMatch(/\[|\]|null|undefined|true|false|daysBefore|hour\b/);
  });
});
