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

describe('npm run deploy -- --rollup: the department add-on', () => {
  it('pushes dist/rollup to .clasp.rollup.dev.json, or .clasp.rollup.prod.json with --prod', () => {
    const f = files({
      '.clasp.dev.json': { scriptId: 'school-id', rootDir: 'dist' },
      '.clasp.rollup.dev.json': { scriptId: 'rollup-dev', rootDir: 'dist/rollup' },
      '.clasp.rollup.prod.json': { scriptId: 'rollup-prod', rootDir: 'dist/rollup/' },
    });
    expect(chooseProject(['--rollup'], f)).toEqual({
      ok: true,
      choice: { file: '.clasp.rollup.dev.json', scriptId: 'rollup-dev' },
    });
    expect(chooseProject(['--rollup', '--prod'], f)).toEqual({
      ok: true,
      choice: { file: '.clasp.rollup.prod.json', scriptId: 'rollup-prod' },
    });
  });

  it("never pushes the school's dist/ to the department's script, nor falls back to .clasp.json", () => {
    const school = chooseProject(['--rollup'], files({ '.clasp.rollup.dev.json': { scriptId: 'x', rootDir: 'dist' } }));
    expect(!school.ok && school.message).toContain('"rootDir" должен быть "dist/rollup"');
    const none = chooseProject(['--rollup'], files({ '.clasp.json': { scriptId: 'real-id', rootDir: 'dist' } }));
    expect(none.ok).toBe(false);
    expect(!none.ok && none.message).toContain('.clasp.rollup.dev.json');
    expect(!none.ok && none.message).toContain('"rootDir":"dist/rollup"');
  });

  it('keeps its id files out of git', () => {
    const ignored = readFileSync(join(__dirname, '../../.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.clasp.rollup.dev.json', '.clasp.rollup.prod.json']));
  });
});

describe('.claspignore: what clasp push takes from a rootDir', () => {
  // clasp crawls rootDir recursively and keeps what .claspignore (next to the project file) does
  // not ignore (@google/clasp core/files.js: micromatch.not(files, patterns, { dot: true })). The
  // school's rootDir dist/ holds the department's build in dist/rollup/: it must stay out.
  const patterns = readFileSync(join(__dirname, '../../.claspignore'), 'utf8').split('\n').filter(Boolean);
  const micromatch = require(require.resolve('micromatch', { paths: [require.resolve('@google/clasp')] }));
  it("pushes the school's files of dist/ and not dist/rollup/", () => {
    const files = [
      'Code.js',
      'appsscript.json',
      'sidebar.html',
      'import.html',
      'rollup/Code.js',
      'rollup/appsscript.json',
    ];
    expect(micromatch.not(files, patterns, { dot: true })).toEqual([
      'Code.js',
      'appsscript.json',
      'sidebar.html',
      'import.html',
    ]);
  });
  it("pushes the department's two files from dist/rollup/", () => {
    expect(micromatch.not(['Code.js', 'appsscript.json'], patterns, { dot: true })).toEqual([
      'Code.js',
      'appsscript.json',
    ]);
  });
});
