/**
 * HtmlService: outputs and templates. Reference:
 * developers.google.com/apps-script/reference/html/html-service and …/html-output.
 * Counting: createHtmlOutput / createHtmlOutputFromFile / createTemplate(FromFile) / evaluate are
 * one call each; setters on an HtmlOutput are local.
 */
import { counted, type EmuContext } from './context';
import { SandboxMode, XFrameOptionsMode } from './enums';

type HO = GoogleAppsScript.HTML.HtmlOutput;

export class HtmlOutputImpl
  implements
    Pick<
      HO,
      | 'addMetaTag'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getContent'
      | 'getHeight'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
    >
{
  title = '';
  width = 0;
  height = 0;
  sandbox = 'IFRAME';
  xframe = 'DEFAULT';
  meta: Array<{ name: string; content: string }> = [];
  /** The project file it came from (createHtmlOutputFromFile / createTemplateFromFile), for the playground. */
  file?: string;
  constructor(
    readonly ctx: EmuContext,
    public content = '',
  ) {}
  private get h(): HO {
    return this as unknown as HO;
  }
  addMetaTag(name: string, content: string): HO {
    this.meta.push({ name, content });
    return this.h;
  }
  append(addedContent: string): HO {
    this.content += addedContent;
    return this.h;
  }
  appendUntrusted(addedContent: string): HO {
    this.content += escapeHtml(addedContent);
    return this.h;
  }
  clear(): HO {
    this.content = '';
    return this.h;
  }
  getContent(): string {
    return this.content;
  }
  getHeight(): number {
    return this.height;
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width;
  }
  setContent(content: string): HO {
    this.content = content;
    return this.h;
  }
  setHeight(height: number): HO {
    this.height = height;
    return this.h;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HO {
    this.sandbox = String(mode);
    return this.h;
  }
  setTitle(title: string): HO {
    this.title = title;
    return this.h;
  }
  setWidth(width: number): HO {
    this.width = width;
    return this.h;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HO {
    this.xframe = String(mode);
    return this.h;
  }
}

/** A string, or a Blob / BlobSource's text. */
function textOf(x: unknown): string {
  if (typeof x === 'string') return x;
  const blob = x as { getDataAsString?: () => string; getBlob?: () => { getDataAsString(): string } };
  if (blob?.getDataAsString) return blob.getDataAsString();
  if (blob?.getBlob) return blob.getBlob().getDataAsString();
  return String(x);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A template: `<?= expr ?>` (escaped), `<?!= expr ?>` (raw), `<? code ?>` (statements).
 * Properties set on the template object are variables inside it, as in Apps Script.
 * developers.google.com/apps-script/guides/html/templates
 */
export class HtmlTemplateImpl {
  // biome-ignore lint/suspicious/noExplicitAny: template variables are whatever the script assigns, as in HtmlTemplate
  [propName: string]: any;
  constructor(ctx: EmuContext, raw: string) {
    Object.defineProperty(this, 'ctx', { value: ctx, enumerable: false });
    Object.defineProperty(this, '_raw', { value: raw, enumerable: false });
  }
  getRawContent(): string {
    return this._raw;
  }
  getCode(): string {
    const parts: string[] = ['let __out = "";'];
    const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null = re.exec(this._raw);
    while (m) {
      parts.push(`__out += ${JSON.stringify(this._raw.slice(last, m.index))};`);
      if (m[1] === '=') parts.push(`__out += __esc(String(${m[2].trim()}));`);
      else if (m[1] === '!=') parts.push(`__out += String(${m[2].trim()});`);
      else parts.push(m[2]);
      last = re.lastIndex;
      m = re.exec(this._raw);
    }
    parts.push(`__out += ${JSON.stringify(this._raw.slice(last))};`, 'return __out;');
    return parts.join('\n');
  }
  evaluate(): HO {
    const vars = Object.keys(this);
    const fn = new Function('__esc', ...vars, this.getCode()) as (...a: unknown[]) => string;
    const html = fn(escapeHtml, ...vars.map((k) => this[k]));
    const out = new HtmlOutputImpl(this.ctx, html);
    out.file = this._file;
    return out as unknown as HO;
  }
}
counted(HtmlTemplateImpl, 'HtmlService', { only: ['evaluate'], name: 'HtmlTemplate' });

export class HtmlServiceImpl
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile' | 'getUserAgent'
    >
{
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  constructor(
    readonly ctx: EmuContext,
    private files: Record<string, string>,
  ) {}
  private file(filename: string): string {
    const name = filename.replace(/\.html$/, '');
    const content = this.files[name] ?? this.files[`${name}.html`];
    // Wording of the real error for a file missing from the project.
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return content;
  }
  createHtmlOutput(html?: unknown): HO {
    const content = html === undefined ? '' : textOf(html);
    return new HtmlOutputImpl(this.ctx, content) as unknown as HO;
  }
  createHtmlOutputFromFile(filename: string): HO {
    const out = new HtmlOutputImpl(this.ctx, this.file(filename));
    out.file = filename.replace(/\.html$/, '');
    return out as unknown as HO;
  }
  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    const raw = textOf(html);
    return new HtmlTemplateImpl(this.ctx, raw) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    const t = new HtmlTemplateImpl(this.ctx, this.file(filename));
    Object.defineProperty(t, '_file', { value: filename.replace(/\.html$/, ''), enumerable: false });
    return t as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) plan-grafik-emulator';
  }
}
counted(HtmlServiceImpl, 'HtmlService', { name: 'HtmlService' });
