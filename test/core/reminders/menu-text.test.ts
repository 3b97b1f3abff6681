import { parseRuDate, previewAlert, testLetter } from '../../../src/core/reminders/menu-text';

describe('the reminder menu texts', () => {
  it('reads дд.мм.гггг, and refuses a day that does not exist', () => {
    expect(parseRuDate(' 5.3.2021 ')).toBe('2021-03-05');
    expect(parseRuDate('15.03.2021')).toBe('2021-03-15');
    for (const s of ['31.02.2021', '2021-03-15', '15/03/2021', '']) expect(parseRuDate(s)).toBeNull();
  });
  it('the preview names the day and each letter', () => {
    expect(previewAlert('2021-03-15', [{ to: 'a@x.ru', subject: 'S' }])).toEqual({
      title: 'Рассылка на 15.03.2021: писем 1',
      text: '• a@x.ru: S',
    });
    expect(previewAlert('2021-03-15', []).text).toContain('писем не будет');
  });
  it('the test letter is my own digest when there is one, else a note with today', () => {
    const mail = (to: string) => ({ to, subject: `для ${to}`, body: 'b', htmlBody: '<p>b</p>' });
    expect(testLetter('me@x.ru', '2021-03-15', [mail('a@x.ru'), mail('me@x.ru')]).subject).toBe('[проба] для me@x.ru');
    expect(testLetter('me@x.ru', '2021-03-15', [mail('a@x.ru')]).to).toBe('me@x.ru');
    expect(testLetter('me@x.ru', '2021-03-15', []).body).toContain('15.03.2021');
  });
});
