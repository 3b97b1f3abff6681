/**
 * `npm start`: the add-on on an emulated workbook, in a browser, with no Google account.
 * The page shows the workbook's tabs, the add-on menu as buttons, the real sidebar in a 300 px
 * frame (google.script.run shimmed onto this server), a simulated clock, and the outbox.
 * Binds to 127.0.0.1 only.
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { buildPageHtml } from '../build-page';
import { Playground } from './playground';

/** The page: tools/playground/page/ (main.ts bundled, style.css inlined), built when the server starts. */
const PAGE_DIR = join(__dirname, 'page');

/** A .docx as base64 is a third larger than the file: room for the 10 MB upload limit. */
const BODY_LIMIT = 16 * 1024 * 1024;

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > BODY_LIMIT) throw new Error('Слишком большой запрос (больше 16 МБ).');
    chunks.push(c as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function send(res: ServerResponse, status: number, type: string, data: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(data);
}

const json = (res: ServerResponse, v: unknown, status = 200) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(v));

export async function startServer(pg: Playground, port = Number(process.env.PORT ?? 0)) {
  const page = await buildPageHtml(PAGE_DIR);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const p = url.pathname;
      if (req.method === 'GET' && p === '/') return send(res, 200, 'text/html; charset=utf-8', page);
      if (req.method === 'GET' && p === '/api/state') return json(res, pg.state());
      if (req.method === 'GET' && p === '/api/seed-text')
        return send(res, 200, 'text/plain; charset=utf-8', pg.seedText(url.searchParams.get('name') ?? ''));
      // A link of an e-mail: the web app's page (doGet in the emulator).
      if (req.method === 'GET' && p === '/exec') {
        const out = pg.webPage(url.search.slice(1));
        return send(res, 200, out.contentType, out.body);
      }
      if (req.method === 'GET' && p === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (req.method === 'GET' && p.startsWith('/html/')) {
        const html = pg.htmlWithShim(decodeURIComponent(p.slice('/html/'.length)));
        return html === null
          ? send(res, 404, 'text/plain', 'нет такой страницы')
          : send(res, 200, 'text/html; charset=utf-8', html);
      }
      if (req.method === 'GET' && p === '/api/export.xlsx') {
        const buf = await pg.exportXlsx();
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="plan-grafik.xlsx"',
        });
        return res.end(buf);
      }
      if (req.method === 'POST') {
        const b = (await body(req)) as Record<string, unknown>;
        if (p === '/api/menu') return json(res, pg.menu(String(b.fn)));
        if (p === '/api/run') return json(res, pg.run(String(b.fn), (b.args as unknown[]) ?? []));
        if (p === '/api/web') return json(res, pg.webRun(String(b.fn), (b.args as unknown[]) ?? []));
        if (p === '/api/clock')
          return json(res, pg.setDate(String(b.date), typeof b.time === 'string' && b.time ? b.time : undefined));
        if (p === '/api/select') return json(res, pg.selectSheet(String(b.sheet)));
        if (p === '/api/view') return json(res, pg.viewDocument(typeof b.id === 'string' ? b.id : null));
        if (p === '/api/edit') return json(res, pg.edit(String(b.sheet), String(b.a1), String(b.value ?? '')));
        if (p === '/api/paste') return json(res, pg.paste(String(b.sheet), String(b.a1 || 'A1'), String(b.text ?? '')));
        if (p === '/api/seed') return json(res, pg.loadSeed(String(b.name)));
        if (p === '/api/trigger') return json(res, pg.fireDailyTrigger());
        if (p === '/api/answer') return json(res, pg.queueAnswer(b));
        if (p === '/api/upload') return json(res, pg.upload(b));
        if (p === '/api/user') return json(res, pg.setUser(String(b.email)));
      }
      send(res, 404, 'text/plain', 'not found');
    } catch (e) {
      json(res, { ok: false, error: e instanceof Error ? e.message : String(e) }, 500);
    }
  });
  return await new Promise<{ port: number; close: () => Promise<void> }>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      // A browser keeps connections alive: drop them, or close() waits for them.
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ port: actual, close });
    });
  });
}

if (require.main === module) {
  const pg = new Playground();
  pg.loadSeed(process.env.SEED ?? 'plan-dou-vsoko-2021');
  startServer(pg, Number(process.env.PORT ?? 8080)).then(({ port }) => {
    process.stdout.write(`План-график playground: http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
  });
}
