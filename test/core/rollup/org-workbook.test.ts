import { chooseActivities, organisationPlan } from '../../../src/core/rollup/distribute';
import {
  FIRST_SHEET_ID,
  organisationSpreadsheetName,
  organisationWorkbookRequests,
} from '../../../src/core/rollup/org-workbook';
import { seedPlan } from './fixture';

describe("an organisation's new plan spreadsheet", () => {
  const { activities } = seedPlan('plan-orsk-mkdo-2020.txt');
  const plan = organisationPlan(chooseActivities(activities, 'organisations'));
  const requests = organisationWorkbookRequests(plan, 'ru_RU', 'Asia/Yekaterinburg');

  it('turns the one tab of a new spreadsheet into «План» in the department zone, filled with the activities and their IDs', () => {
    expect(requests[0]).toEqual({
      updateSpreadsheetProperties: { properties: { timeZone: 'Asia/Yekaterinburg' }, fields: 'timeZone' },
    });
    expect(requests[1].updateSheetProperties?.properties).toMatchObject({ sheetId: FIRST_SHEET_ID, title: 'План' });
    expect(requests.some((r) => r.addSheet || r.deleteSheet)).toBe(false);
    const cells = requests.find((r) => r.updateCells)!.updateCells!;
    expect(cells.rows).toHaveLength(plan.length + 1);
    expect(cells.rows!.slice(1).map((r) => r.values![0].userEnteredValue?.stringValue)).toEqual(plan.map((a) => a.id));
  });

  it('is named after the organisation', () => {
    expect(organisationSpreadsheetName('Детский сад № 5', null)).toBe('План-график: Детский сад № 5');
  });
});
