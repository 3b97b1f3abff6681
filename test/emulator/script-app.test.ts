import { createEmulator, type Handlers } from '../../tools/emulator';

describe('ScriptApp triggers', () => {
  it('creates, lists and deletes triggers per owner', () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    const daily = ScriptApp.newTrigger('dailyReminders')
      .timeBased()
      .everyDays(1)
      .atHour(8)
      .inTimezone('Europe/Moscow')
      .create();
    ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    expect(emu.triggers.map((t) => [t.functionName, t.type, t.atHour, t.owner])).toEqual([
      ['dailyReminders', 'CLOCK', 8, 'owner@example.org'],
      ['onEditInstalled', 'ON_EDIT', undefined, 'owner@example.org'],
    ]);
    const listed = ScriptApp.getProjectTriggers();
    expect(listed.map((t) => t.getHandlerFunction())).toEqual(['dailyReminders', 'onEditInstalled']);
    expect(listed[0].getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(listed[1].getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    // Another user sees only their own triggers and cannot delete the owner's.
    emu.runAs({ email: 'teacher@example.org' }, () => {
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
      expect(() => ScriptApp.deleteTrigger(daily)).toThrow('not owned');
    });
    ScriptApp.deleteTrigger(daily);
    expect(emu.triggers.map((t) => t.functionName)).toEqual(['onEditInstalled']);
  });

  it('validates recurrences and the 20-trigger limit (a bound script: no add-on limits)', () => {
    const emu = createEmulator({ scriptKind: 'bound' });
    const { ScriptApp } = emu.globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow('1, 2, 4, 6, 8 or 12');
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(8).create()).toThrow();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f21').timeBased().everyHours(1).create()).toThrow('too many triggers');
  });

  it('fires time triggers as their owner with the event object', () => {
    const emu = createEmulator({ now: '2021-03-01T05:00:00Z', activeUser: '' });
    const { ScriptApp, Session } = emu.globals;
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    const seen: unknown[] = [];
    const n = emu.fireTimeTrigger(undefined, {
      daily: (e) =>
        seen.push([
          Session.getEffectiveUser().getEmail(),
          Session.getActiveUser().getEmail(),
          e.hour,
          e.triggerUid === emu.triggers[0].id,
        ]),
    });
    expect(n).toBe(1);
    expect(seen).toEqual([['owner@example.org', '', 5, true]]);
    expect(() => emu.fireTimeTrigger('daily', {})).toThrow('Script function not found: daily');
  });

  it('a user edit fires simple onEdit (LIMITED) and installed ON_EDIT triggers (FULL, as owner); script writes fire nothing', () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp, Session } = emu.globals;
    ScriptApp.newTrigger('installed').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    const events: unknown[] = [];
    const handlers: Handlers = {
      onEdit: (e) =>
        events.push(['simple', e.authMode, e.range.getA1Notation(), e.value, e.oldValue, e.user.getEmail()]),
      installed: (e) => events.push(['installed', e.authMode, Session.getEffectiveUser().getEmail(), e.value]),
    };
    SpreadsheetApp.getActive().getActiveSheet().getRange('B2').setValue('скрипт');
    expect(events).toEqual([]);
    emu.userEdit('Лист1', 'B2', '01.03.2021', handlers, { user: 'teacher@example.org' });
    expect(events).toEqual([
      ['simple', 'LIMITED', 'B2', '44256', 'скрипт', 'teacher@example.org'],
      ['installed', 'FULL', 'owner@example.org', '44256'],
    ]);
    expect(SpreadsheetApp.getActive().getActiveSheet().getRange('B2').getDisplayValue()).toBe('01.03.2021');
  });

  it('finds handlers through setHandlers (a resolver over a vm context) and fires all time triggers', () => {
    const emu = createEmulator({ scriptKind: 'bound' });
    emu.globals.ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
    emu.globals.ScriptApp.newTrigger('b').timeBased().everyDays(1).atHour(7).create();
    const ran: string[] = [];
    const context: Record<string, () => void> = { a: () => ran.push('a'), b: () => ran.push('b') };
    emu.setHandlers((name) => context[name]);
    expect(emu.fireTimeTriggers()).toBe(2);
    expect(ran).toEqual(['a', 'b']);
  });

  it('a user edit refused by strict validation changes nothing and fires nothing', () => {
    const emu = createEmulator();
    const { SpreadsheetApp } = emu.globals;
    const cell = SpreadsheetApp.getActive().getActiveSheet().getRange('A1');
    cell.setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['Да']).setAllowInvalid(false).build(),
    );
    let fired = false;
    expect(emu.userEdit('Лист1', 'A1', 'Нет', { onEdit: () => (fired = true) })).toBe(false);
    expect(fired).toBe(false);
    expect(cell.getValue()).toBe('');
    expect(emu.ui.alerts[0].prompt).toContain('violates the data validation rules');
  });

  it('an add-on has one trigger of each type per user per document, time-driven at most hourly', () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    const ss = SpreadsheetApp.getActive();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(
      'more often than once per hour',
    );
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    expect(() => ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create()).toThrow(
      'too many time-based triggers in this document',
    );
    ScriptApp.newTrigger('edit').forSpreadsheet(ss).onEdit().create();
    expect(() => ScriptApp.newTrigger('edit2').forSpreadsheet(ss).onEdit().create()).toThrow(
      'too many edit triggers in this document',
    );
    ScriptApp.newTrigger('open').forSpreadsheet(ss).onOpen().create();
    // Another user has a set of their own in the same document.
    emu.runAs({ email: 'second@example.org' }, () => {
      ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).create();
      ScriptApp.newTrigger('edit').forSpreadsheet(ss).onEdit().create();
    });
    // And the first user a set of their own in another document — but not for a file the add-on does not run in.
    const other = emu.addSpreadsheet({ name: 'Другая' });
    expect(() => ScriptApp.newTrigger('edit').forSpreadsheet(other).onEdit().create()).toThrow(
      'only create triggers for the file in which the add-on is used',
    );
    emu.inDocument(other, () => {
      ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
      ScriptApp.newTrigger('edit').forSpreadsheet(other).onEdit().create();
    });
    expect(emu.triggers).toHaveLength(7);
  });

  it('getUserTriggers(ss) lists one document, getProjectTriggers every document, each for the current user only', () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    const first = SpreadsheetApp.getActive();
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    const second = emu.addSpreadsheet();
    emu.inDocument(second, () => ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create());
    const names = (ts: GoogleAppsScript.Script.Trigger[]) => ts.map((t) => t.getUniqueId());
    expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
    expect(names(ScriptApp.getUserTriggers(first))).toEqual([emu.triggers[0].id]);
    expect(names(ScriptApp.getUserTriggers(SpreadsheetApp.openById(second)))).toEqual([emu.triggers[1].id]);
    emu.runAs({ email: 'second@example.org' }, () => {
      expect(ScriptApp.getUserTriggers(first)).toHaveLength(0);
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    });
  });

  it("a time-driven trigger runs in the document it was created in; an edit fires only that document's triggers", () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    const second = emu.addSpreadsheet({ name: 'Вторая' });
    const seen: string[] = [];
    emu.inDocument(second, () => {
      ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
      ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    });
    const handlers: Handlers = {
      daily: () => seen.push(`daily in ${SpreadsheetApp.getActive().getName()}`),
      edited: () => seen.push(`edit in ${SpreadsheetApp.getActive().getName()}`),
    };
    emu.fireTimeTrigger('daily', handlers);
    emu.userEdit('Лист1', 'A1', 'x', handlers);
    emu.inDocument(second, () => emu.userEdit('Лист1', 'A1', 'y', handlers));
    expect(seen).toEqual(['daily in Вторая', 'edit in Вторая']);
    expect(SpreadsheetApp.getActive().getName()).toBe('План-график (эмулятор)');
  });
});
