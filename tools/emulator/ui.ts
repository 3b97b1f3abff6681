/**
 * Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars, dialogs — all recorded in
 * `UiLog` so tests and the playground can see what a user would have seen.
 * Reference: developers.google.com/apps-script/reference/base/ui
 * Alert/prompt answers come from a queue the test fills (`emu.ui.answer('NO')`); with an empty
 * queue the first button of the set is pressed (OK, OK, YES, YES).
 * Counting: every Ui method is one call ('Ui' service); Menu.addItem/addSeparator/addSubMenu are
 * local builder steps, Menu.addToUi is one call.
 */
import { counted, type EmuContext } from './context';
import { Button, ButtonSet } from './enums';
import type { HtmlOutputImpl } from './html';

export type MenuEntryLog = { caption: string; fn: string } | { caption: string; items: MenuEntryLog[] } | 'separator';

export interface MenuLog {
  title: string;
  addon: boolean;
  items: MenuEntryLog[];
}

export interface AlertLog {
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface PromptLog extends AlertLog {
  text: string;
}

export interface UiEvent {
  kind: 'alert' | 'prompt' | 'sidebar' | 'dialog' | 'toast' | 'menu';
  title?: string;
  text?: string;
  html?: string;
  /** Project file an HTML output came from (sidebar / dialog). */
  file?: string;
  answer?: string;
}

export interface HtmlShown {
  /** Project file the HTML came from, when known. */
  file?: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface ToastLog {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: Date;
}

export class UiLog {
  menus: MenuLog[] = [];
  alerts: AlertLog[] = [];
  prompts: PromptLog[] = [];
  sidebars: HtmlShown[] = [];
  dialogs: Array<HtmlShown & { modal: boolean }> = [];
  toasts: ToastLog[] = [];
  /** Scripted answers, consumed in order by alert() and prompt(). */
  answers: Array<{ button: string; text?: string }> = [];
  /** Everything shown, in order, for the playground: one entry per alert, prompt, sidebar, dialog, toast, menu. */
  events: UiEvent[] = [];

  answer(...buttons: string[]): void {
    for (const b of buttons) this.answers.push({ button: b });
  }
  answerPrompt(text: string, button = 'OK'): void {
    this.answers.push({ button, text });
  }
  next(): { button: string; text?: string } | undefined {
    return this.answers.shift();
  }
  /** The last menu added with this title (onOpen may run several times). */
  menu(title: string): MenuLog | undefined {
    return [...this.menus].reverse().find((m) => m.title === title);
  }
  /** Every function name reachable from the menus, depth first. */
  menuFunctions(title?: string): string[] {
    const walk = (items: MenuEntryLog[]): string[] =>
      items.flatMap((i) => (i === 'separator' ? [] : 'items' in i ? walk(i.items) : [i.fn]));
    const menus = title ? [this.menu(title)].filter((m): m is MenuLog => !!m) : this.menus;
    return menus.flatMap((m) => walk(m.items));
  }
  clear(): void {
    this.menus = [];
    this.alerts = [];
    this.prompts = [];
    this.sidebars = [];
    this.dialogs = [];
    this.toasts = [];
    this.answers = [];
    this.events = [];
  }
}

type M = GoogleAppsScript.Base.Menu;

export class MenuImpl implements M {
  items: MenuEntryLog[] = [];
  constructor(
    readonly ctx: EmuContext,
    readonly log: UiLog,
    readonly title: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): M {
    this.items.push({ caption, fn: functionName });
    return this;
  }
  addSeparator(): M {
    this.items.push('separator');
    return this;
  }
  addSubMenu(menu: M): M {
    const sub = menu as unknown as MenuImpl;
    this.items.push({ caption: sub.title, items: sub.items });
    return this;
  }
  addToUi(): void {
    this.log.menus.push({ title: this.title, addon: this.addon, items: structuredClone(this.items) });
    this.log.events.push({ kind: 'menu', title: this.title });
  }
}
counted(MenuImpl, 'Ui', { only: ['addToUi'], name: 'Menu' });

const FIRST_BUTTON: Record<string, string> = { OK: 'OK', OK_CANCEL: 'OK', YES_NO: 'YES', YES_NO_CANCEL: 'YES' };
const ALLOWED: Record<string, string[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export class UiImpl
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      'alert' | 'createAddonMenu' | 'createMenu' | 'prompt' | 'showModalDialog' | 'showModelessDialog' | 'showSidebar'
    >
{
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(
    readonly ctx: EmuContext,
    readonly log: UiLog,
    private addonName: string,
  ) {}

  private args(a: string, b?: unknown, c?: unknown): { title: string; prompt: string; buttons: string } {
    if (c !== undefined) return { title: a, prompt: String(b), buttons: String(c) };
    if (b !== undefined) return { title: '', prompt: a, buttons: String(b) };
    return { title: '', prompt: a, buttons: 'OK' };
  }

  private answerFor(buttons: string): { button: string; text?: string } {
    const a = this.log.next() ?? { button: FIRST_BUTTON[buttons] ?? 'OK' };
    if (!ALLOWED[buttons]?.includes(a.button)) {
      throw new Error(`Emulator: scripted answer ${a.button} is not a button of ButtonSet.${buttons}`);
    }
    return a;
  }

  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = this.args(a, b, c);
    const { button } = this.answerFor(buttons);
    this.log.alerts.push({ title, prompt, buttons, answer: button });
    this.log.events.push({ kind: 'alert', title, text: prompt, answer: button });
    return button as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttons } = this.args(a, b, c);
    const { button, text = '' } = this.answerFor(buttons);
    this.log.prompts.push({ title, prompt, buttons, answer: button, text });
    this.log.events.push({ kind: 'prompt', title, text: prompt, answer: button });
    return {
      getResponseText: () => text,
      getSelectedButton: () => button as unknown as GoogleAppsScript.Base.Button,
    };
  }
  createMenu(caption: string): M {
    return new MenuImpl(this.ctx, this.log, caption, false);
  }
  /**
   * A sub-menu of Extensions: titled with the add-on's name when it runs as an add-on, with the
   * script project's name when the script is bound to the file (reference/base/ui#createAddonMenu).
   */
  createAddonMenu(): M {
    return new MenuImpl(this.ctx, this.log, this.addonName, true);
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const h = userInterface as unknown as HtmlOutputImpl;
    this.log.sidebars.push({ file: h.file, title: h.title, html: h.content, width: h.width || 300, height: h.height });
    this.log.events.push({ kind: 'sidebar', title: h.title, html: h.content, file: h.file });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog(userInterface, title, false);
  }
  private dialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string, modal: boolean): void {
    const h = userInterface as unknown as HtmlOutputImpl;
    this.log.dialogs.push({
      file: h.file,
      title,
      html: h.content,
      width: h.width || 600,
      height: h.height || 400,
      modal,
    });
    this.log.events.push({ kind: 'dialog', title, html: h.content, file: h.file });
  }
}
counted(UiImpl, 'Ui', { name: 'Ui' });
