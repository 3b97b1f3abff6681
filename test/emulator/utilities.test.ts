import { createHmac } from 'node:crypto';
import { createEmulator } from '../../tools/emulator';

describe('Utilities', () => {
  const emu = createEmulator();
  const { Utilities } = emu.globals;
  const d = new Date('2021-03-01T21:05:09.123Z');

  it('formats dates with Java patterns in the given zone', () => {
    expect(Utilities.formatDate(d, 'Europe/Moscow', 'dd.MM.yyyy HH:mm:ss')).toBe('02.03.2021 00:05:09');
    expect(Utilities.formatDate(d, 'UTC', 'yyyy-MM-dd')).toBe('2021-03-01');
    expect(Utilities.formatDate(d, 'Europe/Moscow', "EEE, d MMM yyyy 'в' H:mm Z")).toBe('Tue, 2 Mar 2021 в 0:05 +0300');
    expect(Utilities.formatDate(d, 'Asia/Yekaterinburg', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2021-03-02T02:05:09.123+05:00',
    );
    expect(Utilities.formatDate(d, 'UTC', "h:mm a, EEEE, MMMM ''yy")).toBe("9:05 PM, Monday, March '21");
    expect(() => Utilities.formatDate(d, 'Mars/Base', 'yyyy')).toThrow('Invalid argument');
  });

  it('parses dates back in a zone', () => {
    expect(Utilities.parseDate('01.03.2021 10:30', 'Europe/Moscow', 'dd.MM.yyyy HH:mm').toISOString()).toBe(
      '2021-03-01T07:30:00.000Z',
    );
  });

  it('computes HMAC-SHA256 as signed bytes like Java', () => {
    const sig = Utilities.computeHmacSha256Signature('сообщение', 'ключ');
    const expected = Array.from(createHmac('sha256', 'ключ').update('сообщение').digest(), (b) =>
      b > 127 ? b - 256 : b,
    );
    expect(sig).toEqual(expected);
    expect(sig.some((b) => b < 0)).toBe(true);
    expect(Utilities.base64EncodeWebSafe(sig)).toBe(
      createHmac('sha256', 'ключ').update('сообщение').digest('base64url') + '=',
    );
  });

  it('digests, base64, uuid, blobs, formatString', () => {
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    expect(md5.length).toBe(16);
    expect(Utilities.base64Encode('План')).toBe(Buffer.from('План').toString('base64'));
    expect(Buffer.from(Utilities.base64Decode(Utilities.base64Encode('План')).map((b) => b & 255)).toString()).toBe(
      'План',
    );
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(Utilities.newBlob('текст', 'text/plain', 'a.txt').getDataAsString()).toBe('текст');
    expect(Utilities.formatString('%s: %d из %.1f', 'Готово', 3.7, 5)).toBe('Готово: 3 из 5.0');
  });

  it('sleep advances the emulator clock', () => {
    const t0 = emu.now().getTime();
    Utilities.sleep(1500);
    expect(emu.now().getTime() - t0).toBe(1500);
  });
});

describe('Session', () => {
  it('reports users, zone and locale; the active user may be blank', () => {
    const emu = createEmulator({ activeUser: '', scriptTimeZone: 'Europe/Moscow' });
    const { Session } = emu.globals;
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
    expect(Session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(Session.getActiveUserLocale()).toBe('ru');
    const k1 = Session.getTemporaryActiveUserKey();
    const k2 = emu.runAs({ email: 'teacher@example.org' }, () => Session.getTemporaryActiveUserKey());
    expect(k1).not.toBe(k2);
    expect(k1).not.toContain('@');
  });
});
