import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseProject, PLACEHOLDER } from '../../tools/deploy';

const files = (f: Record<string, unknown>) => (name: string) => (name in f ? JSON.stringify(f[name]) : null);

describe('npm run deploy: which script it pushes to', () => {
  it('the committed .clasp.json keeps rootDir dist and a placeholder id — and deploy says what to do', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../.clasp.json'), 'utf8'));
    expect(committed.rootDir).toBe('dist');
    expect(committed.scriptId.startsWith(PLACEHOLDER)).toBe(true);
    const r = chooseProject([], files({ '.clasp.json': committed }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('.clasp.dev.json');
    expect(!r.ok && r.message).toContain('Идентификатор скрипта');
  });

  it('pushes to .clasp.dev.json by default and to .clasp.prod.json with --prod, never mixing them', () => {
    const f = files({
      '.clasp.dev.json': { scriptId: 'dev-id', rootDir: 'dist' },
      '.clasp.prod.json': { scriptId: 'prod-id', rootDir: 'dist/' },
    });
    expect(chooseProject([], f)).toEqual({ ok: true, choice: { file: '.clasp.dev.json', scriptId: 'dev-id' } });
    expect(chooseProject(['--prod'], f)).toEqual({
      ok: true,
      choice: { file: '.clasp.prod.json', scriptId: 'prod-id' },
    });
    const noProd = chooseProject(['--prod'], files({ '.clasp.dev.json': { scriptId: 'dev-id', rootDir: 'dist' } }));
    expect(noProd.ok).toBe(false);
    expect(!noProd.ok && noProd.message).toContain('.clasp.prod.json');
  });

  it('refuses a project file that would push the sources instead of dist/', () => {
    const r = chooseProject([], files({ '.clasp.dev.json': { scriptId: 'dev-id', rootDir: 'src' } }));
    expect(!r.ok && r.message).toContain('"rootDir" должен быть "dist"');
  });

  it('keeps the id files out of git', () => {
    const ignored = readFileSync(join(__dirname, '../../.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.clasp.dev.json', '.clasp.prod.json']));
  });
});
