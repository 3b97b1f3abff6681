import { createEmulator } from '../../tools/emulator';

describe('Ui and HtmlService', () => {
  it('records menus with submenus and function names', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    ui.createMenu('План-график')
      .addItem('Создать', 'menuCreate')
      .addSeparator()
      .addSubMenu(ui.createMenu('Напоминания').addItem('Включить', 'menuOn'))
      .addToUi();
    expect(emu.ui.menu('План-график')).toEqual({
      title: 'План-график',
      addon: false,
      items: [
        { caption: 'Создать', fn: 'menuCreate' },
        'separator',
        { caption: 'Напоминания', items: [{ caption: 'Включить', fn: 'menuOn' }] },
      ],
    });
    expect(emu.ui.menuFunctions()).toEqual(['menuCreate', 'menuOn']);
    // Building a menu is local; showing it is one call.
    expect(emu.calls.byMethod()['Menu.addToUi']).toBe(1);
    expect(emu.calls.byMethod()['Menu.addItem']).toBeUndefined();
  });

  it('answers alerts and prompts from a scripted queue, defaulting to the first button', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(String(ui.alert('Готово'))).toBe('OK');
    emu.ui.answer('NO');
    expect(ui.alert('Удалить?', 'Точно?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(String(ui.alert('Ещё?', 'Точно?', ui.ButtonSet.YES_NO))).toBe('YES');
    emu.ui.answerPrompt('31.03.2021');
    const r = ui.prompt('Дата', 'Введите дату', ui.ButtonSet.OK_CANCEL);
    expect(r.getResponseText()).toBe('31.03.2021');
    expect(String(r.getSelectedButton())).toBe('OK');
    expect(emu.ui.alerts.map((a) => [a.title, a.answer])).toEqual([
      ['', 'OK'],
      ['Удалить?', 'NO'],
      ['Ещё?', 'YES'],
    ]);
    emu.ui.answer('NO');
    expect(() => ui.alert('t', 'p', ui.ButtonSet.OK)).toThrow('not a button of ButtonSet.OK');
  });

  it('shows sidebars and dialogs with their html', () => {
    const emu = createEmulator({ files: { sidebar: '<p>Мои мероприятия</p>' } });
    const { HtmlService, SpreadsheetApp } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('План-график'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200), 'Импорт');
    expect(emu.ui.sidebars).toEqual([
      { file: 'sidebar', title: 'План-график', html: '<p>Мои мероприятия</p>', width: 300, height: 0 },
    ]);
    expect(emu.ui.dialogs[0]).toMatchObject({
      title: 'Импорт',
      html: '<b>x</b>',
      width: 400,
      height: 200,
      modal: true,
    });
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
  });

  it('keeps an ordered event stream and a public answer queue (for the playground)', () => {
    const emu = createEmulator({ files: { sidebar: '<p>x</p>' } });
    const { HtmlService, SpreadsheetApp } = emu.globals;
    const ui = SpreadsheetApp.getUi();
    emu.ui.answers.push({ button: 'NO' });
    ui.alert('Вопрос', 'Удалить?', ui.ButtonSet.YES_NO);
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('sidebar.html'));
    SpreadsheetApp.getActive().toast('Готово', 'План-график');
    expect(emu.ui.events).toEqual([
      { kind: 'alert', title: 'Вопрос', text: 'Удалить?', answer: 'NO' },
      { kind: 'sidebar', title: '', html: '<p>x</p>', file: 'sidebar' },
      { kind: 'toast', title: 'План-график', text: 'Готово' },
    ]);
    expect(emu.files).toEqual({ sidebar: '<p>x</p>' });
  });

  it('evaluates templates with escaped and raw scriptlets', () => {
    const emu = createEmulator();
    const t = emu.globals.HtmlService.createTemplate(
      '<h1><?= title ?></h1><? for (const i of items) { ?><i><?!= i ?></i><? } ?>',
    );
    t.title = '<План>';
    t.items = ['a', 'b'];
    expect(t.evaluate().getContent()).toBe('<h1>&lt;План&gt;</h1><i>a</i><i>b</i>');
  });

  it('has no Ui inside a time-driven trigger', () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    let error = '';
    emu.fireTimeTrigger('daily', {
      daily: () => {
        try {
          SpreadsheetApp.getUi();
        } catch (e) {
          error = (e as Error).message;
        }
      },
    });
    expect(error).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
