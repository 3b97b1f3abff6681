/**
 * MailApp: an outbox and the daily recipient quota. Every recipient in to, cc and bcc costs one
 * (developers.google.com/apps-script/guides/services/quotas: "Email recipients per day", 100 for
 * consumer accounts, 1 500 for Workspace); past it, sendEmail throws "Service invoked too many
 * times for one day: email." Reference: developers.google.com/apps-script/reference/mail/mail-app
 */
import { counted, type EmuContext } from './context';
import { wallClock } from './tz';

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** The account that sent it (the effective user: a trigger's owner). */
  from: string;
  at: Date;
}

export class MailState {
  outbox: SentMail[] = [];
  /** Remaining recipients today. */
  remaining: number;
  private day = '';
  /** Sends left before an injected failure; null = none planned. */
  failAfter: number | null = null;
  constructor(
    private ctx: EmuContext,
    readonly dailyQuota: number,
  ) {
    this.remaining = dailyQuota;
  }
  /** The quota is back in full when the (script time zone) day changes. */
  refresh(): void {
    const w = wallClock(this.ctx.nowMs(), this.ctx.scriptTimeZone);
    const day = `${w.year}-${w.month}-${w.day}`;
    if (day !== this.day) {
      if (this.day) this.remaining = this.dailyQuota;
      this.day = day;
    }
  }
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** "a@x.ru, Имя <b@y.ru>" → ["a@x.ru", "b@y.ru"]; a bad one throws "Invalid email: …". */
export function recipients(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /<([^>]*)>\s*$/.exec(s);
      const addr = (m ? m[1] : s).trim();
      if (!ADDRESS.test(addr)) throw new Error(`Invalid email: ${s}`);
      return addr;
    });
}

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

export class MailAppImpl implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'> {
  constructor(
    readonly ctx: EmuContext,
    private state: MailState,
  ) {}
  getRemainingDailyQuota(): number {
    this.state.refresh();
    return this.state.remaining;
  }
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    // Simple triggers (onEdit, onOpen) run without authorization: no mail from them.
    if (this.ctx.authMode !== 'FULL') {
      throw new Error(
        'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      );
    }
    let m: Params;
    if (typeof a === 'object' && a !== null) m = a as Params;
    else if (typeof d === 'string') m = { to: String(a), replyTo: String(b), subject: String(c), body: d };
    else m = { ...((d ?? {}) as Params), to: String(a), subject: String(b ?? ''), body: String(c ?? '') };
    const to = recipients(m.to);
    const cc = recipients(m.cc);
    const bcc = recipients(m.bcc);
    if (m.replyTo) recipients(m.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (!count) throw new Error('Failed to send email: no recipient');
    this.state.refresh();
    if (count > this.state.remaining) throw new Error('Service invoked too many times for one day: email.');
    if (this.state.failAfter !== null) {
      if (this.state.failAfter <= 0) {
        this.state.failAfter = null;
        throw new Error('Emulator: injected mail failure (emu.failMailAfter)');
      }
      this.state.failAfter--;
    }
    this.state.remaining -= count;
    this.state.outbox.push({
      to: m.to ?? '',
      cc: m.cc ?? '',
      bcc: m.bcc ?? '',
      replyTo: m.replyTo ?? '',
      name: m.name ?? '',
      subject: m.subject ?? '',
      body: m.body ?? '',
      htmlBody: m.htmlBody ?? '',
      from: this.ctx.user.effectiveUser,
      at: new Date(this.ctx.nowMs()),
    });
  }
}
counted(MailAppImpl, 'MailApp', { name: 'MailApp' });
