/** «Отправить пробное письмо себе»: the digest of today as the SPREADSHEET's zone has it. */
import { seeded } from './helpers';

it('previews the spreadsheet’s today, not UTC’s (Monday 01:30 in Yekaterinburg is still Sunday in UTC)', () => {
  const addon = seeded('plan-dou-vsoko-2021', {
    spreadsheetTimeZone: 'Asia/Yekaterinburg',
    now: '2021-01-31T20:30:00Z',
  });
  // Sunday (weekdays only) has no digests at all; Monday 1 February has some.
  expect(addon.call('remindersPreview', { date: '2021-01-31' })).toEqual([]);
  const monday = addon.call('remindersPreview', { date: '2021-02-01' }) as { subject: string; body: string }[];
  expect(monday.length).toBeGreaterThan(0);
  addon.call('menuRemindersTest');
  const mail = addon.emu.outbox.at(-1)!;
  expect(mail.to).toBe('coordinator@example.org');
  expect(mail.subject).toBe(`[проба] ${monday[0].subject}`);
  expect(mail.body).toBe(monday[0].body);
});
