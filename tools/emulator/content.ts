/**
 * ContentService: text served by a web app (reference/content/content-service, …/text-output,
 * …/mime-type). The reference: "Due to security considerations, scripts cannot directly return
 * content to a browser. Instead, they must serve the content from a different URL" — the browser
 * (or a calendar polling a feed) is redirected to script.googleusercontent.com, which serves the
 * text with the MIME type set here. As strict as Google: a MIME type not of the enum is refused,
 * content must be a string, the default type is TEXT and the file name null.
 * Counting: createTextOutput is one call; a TextOutput's setters are local.
 */
import { counted, type EmuContext } from './context';

const TYPES = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
} as const;
type MimeName = keyof typeof TYPES;
export const MimeType = Object.freeze(Object.fromEntries(Object.keys(TYPES).map((k) => [k, k]))) as {
  readonly [K in MimeName]: K;
};

type TO = GoogleAppsScript.Content.TextOutput;

function text(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new Error(`Invalid argument: ${what}`);
  return v;
}

export class TextOutputImpl
  implements
    Pick<
      TO,
      | 'append'
      | 'clear'
      | 'downloadAsFile'
      | 'getContent'
      | 'getFileName'
      | 'getMimeType'
      | 'setContent'
      | 'setMimeType'
    >
{
  private mime: MimeName = 'TEXT';
  private fileName: string | null = null;
  constructor(private content: string) {}
  private get t(): TO {
    return this as unknown as TO;
  }
  append(addedContent: string): TO {
    this.content += text(addedContent, 'addedContent');
    return this.t;
  }
  clear(): TO {
    this.content = '';
    return this.t;
  }
  downloadAsFile(filename: string): TO {
    this.fileName = text(filename, 'filename');
    return this.t;
  }
  getContent(): string {
    return this.content;
  }
  getFileName(): string {
    return this.fileName as string;
  }
  getMimeType(): GoogleAppsScript.Content.MimeType {
    return this.mime as unknown as GoogleAppsScript.Content.MimeType;
  }
  setContent(content: string): TO {
    this.content = text(content, 'content');
    return this.t;
  }
  setMimeType(mimeType: GoogleAppsScript.Content.MimeType): TO {
    const m = String(mimeType);
    if (!(m in TYPES)) throw new Error('Invalid argument: mimeType');
    this.mime = m as MimeName;
    return this.t;
  }
  /** The Content-Type the served text gets (emulator only: what the browser or calendar receives). */
  _contentType(): string {
    return `${TYPES[this.mime]}; charset=utf-8`;
  }
}

export class ContentServiceImpl {
  readonly MimeType = MimeType;
  constructor(readonly ctx: EmuContext) {}
  createTextOutput(content?: string): TO {
    return new TextOutputImpl(content === undefined ? '' : text(content, 'content')) as unknown as TO;
  }
}
counted(ContentServiceImpl, 'ContentService', { name: 'ContentService' });
