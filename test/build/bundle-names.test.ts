import vm from 'node:vm';
import { exportsAsList } from '../../tools/build';
import { dropNestedNames, gatherTopLevelNames, SMALL_FUNCTION } from '../../tools/bundle-names';

// What esbuild writes with keepNames (before minifying): a helper, then one call per function.
const esm = `var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
function a() { function inner() {} __name(inner, "inner"); const f = /* @__PURE__ */ __name(() => 2, "f"); return [inner, f]; }
__name(a, "outer");
var arrow = /* @__PURE__ */ __name(() => 1, "arrow");
{ function blocked() {} __name(blocked, "blocked"); }
function b() {}
__name(b, "b2");
var K = class { static { __name(this, "K"); } };
`;
const run = (code: string, expr: string) => {
  const ctx = vm.createContext({});
  vm.runInContext(`${code}\nthis.r = ${expr};`, ctx);
  return (ctx as { r: unknown }).r;
};

describe('gatherTopLevelNames', () => {
  it('names the top-level declarations in one statement after the helper, the top-level bindings in one at the end', () => {
    // Every function counted as large here; the small ones' rule is the next test's.
    const out = gatherTopLevelNames(esm, '__name', 0);
    expect(out).toContain('__names([a, b], "outer b2");');
    expect(out.indexOf('__names([a')).toBeLessThan(out.indexOf('function a'));
    expect(out).not.toContain('__name(a, "outer")');
    expect(out).not.toContain('__name(() => 1, "arrow")');
    expect(out.trimEnd().endsWith('__names([arrow], "arrow");')).toBe(true);
    // Not at the top level, or not a function: esbuild's own call stays.
    expect(out).toContain('__name(inner, "inner")');
    expect(out).toContain('__name(blocked, "blocked")');
    expect(out).toContain('__name(this, "K")');
    expect(run(out, '[a.name, b.name, a()[0].name, arrow.name, K.name]')).toEqual([
      'outer',
      'b2',
      'inner',
      'arrow',
      'K',
    ]);
  });

  it('leaves a small top-level function unnamed, unless the module exports it', () => {
    const body = 'x'.repeat(SMALL_FUNCTION);
    const src = `var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
function tiny(s) { return s.trim(); }
__name(tiny, "tiny");
function big() { return "${body}"; }
__name(big, "big");
var short = /* @__PURE__ */ __name((s) => s + 1, "short");
var long = /* @__PURE__ */ __name(() => "${body}", "long");
function entry() { return tiny(" a "); }
__name(entry, "entry");
var onOpen = /* @__PURE__ */ __name(() => 1, "onOpen");
export {
  entry,
  onOpen as opened
};
`;
    const out = gatherTopLevelNames(src);
    expect(out).toContain('__names([big, entry], "big entry");');
    expect(out).toContain('__names([long, onOpen], "long onOpen");');
    expect(out).not.toMatch(/"(tiny|short)"/);
    expect(out).toContain('var short = /* @__PURE__ */ (s) => s + 1;');
    // Run as a script: the export list is module syntax.
    const script = out.replace(/export \{[^}]*\};/, '');
    expect(run(script, '[big.name, long.name, entry.name, onOpen.name, entry()]')).toEqual([
      'big',
      'long',
      'entry',
      'onOpen',
      'a',
    ]);
  });

  it('refuses a bundle without the helper (esbuild changed how it keeps names)', () => {
    expect(() => gatherTopLevelNames('function a() {}\n')).toThrow(/no `var __name`/);
  });
});

describe('dropNestedNames', () => {
  it('removes the naming of functions inside functions, and nothing at the top level', () => {
    const out = dropNestedNames(esm);
    expect(out).not.toContain('"inner"');
    expect(out).toContain('const f = /* @__PURE__ */ () => 2;');
    for (const kept of [
      '__name(a, "outer")',
      '__name(() => 1, "arrow")',
      '__name(blocked, "blocked")',
      '__name(this, "K")',
    ])
      expect(out).toContain(kept);
    // The functions still work; the nested ones carry their own (source) names here, minified ones in the bundle.
    expect(run(out, 'a().map((g) => typeof g)')).toEqual(['function', 'function']);
  });
});

describe('exportsAsList (tools/build.ts)', () => {
  const esm = 'function a2() { return 1; }\nconst b = () => 2;\nexport {\n  a2 as a,\n  b\n};\n__names([b], "b");\n';

  it('turns the export list into one assignment to App, in its order, the names kept beside it', () => {
    const { code, exports } = exportsAsList(esm);
    expect(exports).toEqual(['a', 'b']);
    expect(code).not.toContain('export');
    expect(code).toContain('App = [a2, b];\n__names([b], "b");');
  });

  it('refuses a module without exactly one export list', () => {
    expect(() => exportsAsList('function a() {}\n')).toThrow(/one `export \{ … \}` list/);
    expect(() => exportsAsList(`${esm}export { a2 as c };\n`)).toThrow(/one `export/);
  });
});
