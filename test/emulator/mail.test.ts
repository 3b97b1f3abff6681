import { createEmulator } from '../../tools/emulator';

describe('MailApp', () => {
  it('puts messages in the outbox with every field and the sender', () => {
    const emu = createEmulator({ now: '2021-03-01T06:00:00Z' });
    const { MailApp } = emu.globals;
    MailApp.sendEmail({
      to: 'a@example.org',
      cc: 'b@example.org',
      subject: 'Срок',
      body: 'текст',
      htmlBody: '<b>текст</b>',
      name: 'План-график',
    });
    MailApp.sendEmail('c@example.org', 'Тема', 'Тело', { replyTo: 'coord@example.org' });
    MailApp.sendEmail('d@example.org', 'reply@example.org', 'Тема 2', 'Тело 2');
    expect(emu.outbox.map((m) => [m.to, m.cc, m.subject, m.replyTo, m.from])).toEqual([
      ['a@example.org', 'b@example.org', 'Срок', '', 'owner@example.org'],
      ['c@example.org', '', 'Тема', 'coord@example.org', 'owner@example.org'],
      ['d@example.org', '', 'Тема 2', 'reply@example.org', 'owner@example.org'],
    ]);
    expect(emu.outbox[0].at.toISOString()).toBe('2021-03-01T06:00:00.000Z');
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('counts to, cc and bcc against the daily quota and resets on the next day', () => {
    const emu = createEmulator({ mailQuota: 3 });
    const { MailApp } = emu.globals;
    MailApp.sendEmail({ to: 'a@x.ru, b@x.ru', bcc: 'c@x.ru', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('d@x.ru', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(emu.outbox).toHaveLength(1);
    emu.advance(24 * 3600 * 1000);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  it('rejects invalid addresses and missing recipients', () => {
    const emu = createEmulator();
    const { MailApp } = emu.globals;
    expect(() => MailApp.sendEmail('Иванов И.И.', 's', 'b')).toThrow('Invalid email: Иванов И.И.');
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('no recipient');
    MailApp.sendEmail('Иванов <ivanov@school.ru>', 's', 'b');
    expect(emu.outbox).toHaveLength(1);
  });

  it('can crash after n e-mails, to test that a mailing resumes without repeating', () => {
    const emu = createEmulator();
    const { MailApp } = emu.globals;
    emu.failMailAfter(2);
    const send = (to: string) => MailApp.sendEmail(to, 's', 'b');
    send('a@x.ru');
    send('b@x.ru');
    expect(() => send('c@x.ru')).toThrow('injected');
    send('c@x.ru');
    expect(emu.outbox.map((m) => m.to)).toEqual(['a@x.ru', 'b@x.ru', 'c@x.ru']);
  });

  it('cannot send from a simple trigger (no authorization)', () => {
    const emu = createEmulator();
    let error = '';
    emu.userEdit('Лист1', 'A1', 'x', {
      onEdit: () => {
        try {
          emu.globals.MailApp.sendEmail('a@x.ru', 's', 'b');
        } catch (e) {
          error = (e as Error).message;
        }
      },
    });
    expect(error).toContain('You do not have permission to call MailApp.sendEmail');
  });
});
