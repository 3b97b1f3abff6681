/**
 * `npm run deploy [-- --prod] [-- --rollup]`: check the clasp project file, then lint + test + build
 * (`npm test`), then `clasp push --force` of dist/ to the script chosen:
 *
 *   .clasp.dev.json   your development script (default)
 *   .clasp.prod.json  the production script (`-- --prod`)
 *
 * With `--rollup`, the education department's add-on «План-график: Свод» (a separate Apps Script
 * project, issue 18): dist/rollup/ to `.clasp.rollup.dev.json` / `.clasp.rollup.prod.json`, whose
 * rootDir must be `dist/rollup` — the school's dist/ must never reach the department's script, nor
 * the other way round.
 *
 * Both are git-ignored, so the ids never reach the repository (the google/aside layout, which keeps
 * `.clasp-dev.json` and `.clasp-prod.json` apart the same way). `.clasp.json` stays in the
 * repository with `rootDir: dist` and a placeholder id; it is used only when no dev file exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PLACEHOLDER = 'PUT-YOUR-SCRIPT-ID-HERE';
const root = join(__dirname, '..');

export interface Choice {
  /** The project file clasp gets with --project. */
  file: string;
  scriptId: string;
}

const HOW = (file: string, dir = 'dist') =>
  [
    `Нет id скрипта: создайте ${file} (его нет в git) с id вашего скрипта Apps Script:`,
    `  echo '{"scriptId":"<id>","rootDir":"${dir}"}' > ${file}`,
    'Id: таблица → «Расширения» → «Apps Script» → «Настройки проекта» → «Идентификатор скрипта».',
    'Затем один раз: npx clasp login, и включите Apps Script API на https://script.google.com/home/usersettings.',
    'Подробно: README, «Deploying».',
    `(No script id: create ${file} with {"scriptId":"<id>","rootDir":"${dir}"}; see README, "Deploying".)`,
  ].join('\n');

/** Which project file to push to, or the Russian message of what to do first. */
export function chooseProject(
  args: readonly string[],
  read: (file: string) => string | null,
): { ok: true; choice: Choice } | { ok: false; message: string } {
  const prod = args.includes('--prod');
  const rollup = args.includes('--rollup');
  const dir = rollup ? 'dist/rollup' : 'dist';
  const kind = rollup ? '.clasp.rollup' : '.clasp';
  const wanted = prod ? `${kind}.prod.json` : `${kind}.dev.json`;
  // The committed .clasp.json (a placeholder) is the school's: never a fallback for the department's.
  const candidates = prod || rollup ? [wanted] : [wanted, '.clasp.json'];
  for (const file of candidates) {
    const text = read(file);
    if (text === null) continue;
    let conf: { scriptId?: unknown; rootDir?: unknown };
    try {
      conf = JSON.parse(text);
    } catch {
      return { ok: false, message: `${file}: не JSON.\n${HOW(wanted, dir)}` };
    }
    const id = typeof conf.scriptId === 'string' ? conf.scriptId.trim() : '';
    if (!id || id.startsWith(PLACEHOLDER)) {
      if (file === '.clasp.json') return { ok: false, message: HOW(wanted, dir) };
      return { ok: false, message: `${file}: нет id скрипта.\n${HOW(wanted, dir)}` };
    }
    if (String(conf.rootDir ?? '').replace(/\/$/, '') !== dir)
      return {
        ok: false,
        message: `${file}: "rootDir" должен быть "${dir}" — в Apps Script уходит только собранный ${dir}/ (сейчас: ${JSON.stringify(conf.rootDir ?? null)}).`,
      };
    return { ok: true, choice: { file, scriptId: id } };
  }
  return { ok: false, message: HOW(wanted, dir) };
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (require.main === module) {
  const read = (f: string) => (existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : null);
  const c = chooseProject(process.argv.slice(2), read);
  if (!c.ok) {
    process.stderr.write(`${c.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`Публикация в скрипт ${c.choice.scriptId} (${c.choice.file}): сначала проверки и сборка…\n`);
  run('npm', ['test']);
  // --force: dist/appsscript.json replaces the remote manifest (scopes, advanced Sheets service).
  run('npx', ['clasp', '--project', c.choice.file, 'push', '--force']);
}
