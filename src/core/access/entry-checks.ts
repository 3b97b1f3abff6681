/**
 * What each entry point checks besides the role: the last column of docs/security.md's table.
 * Kept apart from ENTRY_POINTS, which the server bundles: these words are for readers and tests only.
 */
import type { EntryName } from './entry-points';

export const ENTRY_CHECKS: Record<EntryName, string> = {
  onOpen: 'builds the menu only (AuthMode.NONE: no properties)',
  onInstall: 'builds the menu only',
  menuCreatePlan: 'document lock; refuses when a План tab exists',
  menuImport: 'the dialog opens only for a coordinator',
  importApply:
    'size limits, then the schema, then the 10-million-cell limit, all before any write; document lock; the owner of record is not touched',
  importColumnsGet: 'request schema; the roles remembered for a table shape',
  importColumnsSave: "request schema; sized to 8 KB in the document's state",
  menuConvertSheet: 'opens the import dialog on the sheet; nothing is written before importApply',
  importSheetSource: 'request schema; the sheet must exist; its values read as displayed, never changed',
  menuReports: 'document lock',
  menuRemindersOn: 'installs the one daily trigger, as the caller',
  menuRemindersOff: "removes the caller's trigger",
  menuRemindersTakeOver: "asks first; the previous sender's triggers remove themselves on their next run; journalled",
  menuRemindersStatus: 'may reinstall a missing trigger',
  menuRemindersSettings: 'the coordinator list and the owner are editable by the owner only',
  remindersSettingsSave:
    'each field validated; a changed coordinator list needs the owner; the trigger replaced, never doubled',
  accessTransferOwner: 'the successor becomes owner the first time they act signed in with that address',
  menuRemindersPreview: 'date дд.мм.гггг; shows every recipient',
  remindersPreview: 'date ГГГГ-ММ-ДД (a real day); shows every recipient',
  menuRemindersTest: "one e-mail to the caller's own address",
  menuSidebar: 'opens the sidebar',
  sidebarLoad: 'request schema; identity: the Google address, else «Кто вы?» (staff only)',
  sidebarMark:
    'request schema; staff mark their own activities only; row found by ID (duplicates refused); version; done date between the plan start and today; write checked on the row and corrected',
  sidebarUndo: 'staff undo their own change only, never over a later change; write checked on the row and corrected',
  sidebarSetIdentity: 'an active staff member with an e-mail, who is not a coordinator or the owner',
  sidebarShowRow: 'request schema; the row found by ID',
  menuLinks: 'reads only: whether the web app is deployed (getUrl) and whether a links secret exists; shows the steps',
  menuLinksRevoke: 'asks first; replaces the links secret: every link sent so far stops working',
  doGet:
    'signed link: signature, expiry, the spreadsheet; the person active in Сотрудники; shows only their own activities; changes nothing',
  webMark:
    'signed link re-checked (signature, expiry, person active and responsible, activity exists); then as sidebarMark; writers lock',
  webUndo:
    "signed link re-checked; a signed undo ticket of that person's own mark from the page; never over a later change",
  menuStaff: 'may create the tab',
  menuStaffFromPlan: 'document lock; appends rows',
  menuStaffCheck: 'document lock; the derived «Кому напоминать» column re-checked after the write',
  onDailyReminders: 'the installer must still be a coordinator; a ledger row after each e-mail',
  onPlanEdit: 'the installer must still be a coordinator; the edited row re-checked by ID after the write',
};
