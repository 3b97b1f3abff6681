/**
 * Our functions' names, kept for stack traces in two statements instead of one call per function.
 *
 * esbuild's `keepNames` follows every top-level `function f` with its own `__name(f, "f");` and
 * wraps every top-level `const f = () => …` as `const f = __name(() => …, "f")` — once minified,
 * seven bytes of call around each name. Both become one list each:
 * - function declarations are hoisted, so their names are given where the bundle begins, before
 *   any code runs: `__names([f, g], "f g")`;
 * - a top-level `const`/`let`/`var` holding a named function is given its name at the end of the
 *   module, once every binding holds its value (code that runs while the module loads is only
 *   constants being built; from the first call of an entry point on, every name is in place).
 * A function nested in another is not named (`dropNestedNames`): in a stack trace it shows as its
 * minified name right above the function it lives in, which is named (~1 KB for 80 functions).
 * Nor is a small top-level function, under SMALL_FUNCTION characters of source (a one-liner: a
 * predicate, a lookup, a formatter; ~270 of ~600 functions, ~3.5 KB): its frame in a trace sits
 * right above the named function that called it, and its text is what the frame's column points
 * at, short enough to read whole. The module's exports (the entry points) are named whatever
 * their size. Classes keep esbuild's own call.
 */
import { parse } from 'acorn';

type Node = { type: string; start: number; end: number } & Record<string, unknown>;
type Call = Node & { callee: Node & { name?: string }; arguments: (Node & { name?: string; value?: unknown })[] };

const isNaming = (n: Node | null | undefined, helper: string): n is Call =>
  !!n &&
  n.type === 'CallExpression' &&
  (n as Call).callee.type === 'Identifier' &&
  (n as Call).callee.name === helper &&
  (n as Call).arguments.length === 2 &&
  (n as Call).arguments[1].type === 'Literal' &&
  typeof (n as Call).arguments[1].value === 'string' &&
  !/\s/.test((n as Call).arguments[1].value as string);

/** `__name(f, "f");` where f is one of the top-level function declarations: [f, "f"], or null. */
function namingOf(statement: Node, helper: string, declared: Map<string, number>): [string, string] | null {
  if (statement.type !== 'ExpressionStatement') return null;
  const call = statement.expression as Node;
  if (!isNaming(call, helper)) return null;
  const [fn, name] = call.arguments;
  if (fn.type !== 'Identifier' || !declared.has(fn.name as string)) return null;
  return [fn.name as string, name.value as string];
}

const isFunction = (n: Node) => /Function/.test(n.type);

/** Every esbuild naming call inside a function, removed: `__name(x, "n")` → `x`, `__name(f, "f");` → nothing. */
export function dropNestedNames(esm: string, helper = '__name'): string {
  const program = parse(esm, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node;
  const edits: [number, number, string][] = [];
  const visit = (n: Node, inFunction: boolean): void => {
    if (inFunction && n.type === 'ExpressionStatement' && isNaming(n.expression as Node, helper)) {
      edits.push([n.start, n.end, '']);
      return;
    }
    if (inFunction && isNaming(n, helper)) {
      const fn = n.arguments[0];
      edits.push([n.start, fn.start, '']);
      edits.push([fn.end, n.end, '']);
      visit(fn, true);
      return;
    }
    const inner = inFunction || isFunction(n);
    for (const [k, v] of Object.entries(n)) {
      if (k === 'type') continue;
      for (const c of Array.isArray(v) ? v : [v])
        if (c && typeof c === 'object' && typeof (c as Node).type === 'string') visit(c as Node, inner);
    }
  };
  visit(program, false);
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += esm.slice(at, start) + text;
    at = end;
  }
  return out + esm.slice(at);
}

/** Source characters (pass 1, nested names dropped) under which a top-level function goes unnamed. */
export const SMALL_FUNCTION = 200;

type Declarator = { id: Node & { name?: string }; init: Node | null };

/** `__names([a, b], "a b");`, the one statement that names a list. */
const namesStatement = (fns: string[], names: string[]) =>
  fns.length ? `\n__names([${fns.join(', ')}], ${JSON.stringify(names.join(' '))});` : '';

/**
 * The ES module esbuild wrote with `keepNames` (not yet minified), with the top-level functions'
 * `__name` calls gathered: the declarations' right after the `__name` helper's own declaration,
 * the bindings' at the end; a small function's (under `small` characters) dropped unless exported.
 */
export function gatherTopLevelNames(esm: string, helper = '__name', small = SMALL_FUNCTION): string {
  const program = parse(esm, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as { body: Node[] };
  const helperDecl = program.body.find(
    (s) => s.type === 'VariableDeclaration' && (s.declarations as { id: { name?: string } }[])[0]?.id.name === helper,
  );
  if (!helperDecl) throw new Error(`bundle-names: no \`var ${helper}\` in the bundle (did esbuild change keepNames?)`);
  const declared = new Map(
    program.body
      .filter((s) => s.type === 'FunctionDeclaration')
      .map((s) => [(s.id as { name: string }).name, s.end - s.start]),
  );
  const exported = new Set(
    program.body
      .filter((s) => s.type === 'ExportNamedDeclaration')
      .flatMap((s) => (s.specifiers as { local: { name: string } }[]).map((x) => x.local.name)),
  );
  const named = (local: string, length: number) => exported.has(local) || length >= small;
  const hoisted: [string[], string[]] = [[], []];
  const bound: [string[], string[]] = [[], []];
  /** [start, end, replacement], in the order of the text. */
  const edits: [number, number, string][] = [];
  for (const s of program.body) {
    const naming = namingOf(s, helper, declared);
    if (naming) {
      if (s.start < helperDecl.end) throw new Error('bundle-names: a name given before the helper');
      if (named(naming[0], declared.get(naming[0]) as number)) {
        hoisted[0].push(naming[0]);
        hoisted[1].push(naming[1]);
      }
      edits.push([s.start, s.end, '']);
      continue;
    }
    if (s.type !== 'VariableDeclaration' || s === helperDecl) continue;
    for (const d of s.declarations as Declarator[]) {
      if (d.id.type !== 'Identifier' || !isNaming(d.init, helper)) continue;
      const [fn, name] = d.init.arguments;
      if (!isFunction(fn)) continue;
      if (named(d.id.name as string, fn.end - fn.start)) {
        bound[0].push(d.id.name as string);
        bound[1].push(name.value as string);
      }
      edits.push([d.init.start, d.init.end, esm.slice(fn.start, fn.end)]);
    }
  }
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += esm.slice(at, start) + text;
    at = end;
  }
  out += esm.slice(at);
  // Every edit lies after the helper's declaration, so its end is still where it was.
  const head =
    `\nvar __names = (fns, names) => names.split(" ").forEach((n, k) => ${helper}(fns[k], n));` +
    namesStatement(...hoisted);
  return `${out.slice(0, helperDecl.end)}${head}${out.slice(helperDecl.end)}${namesStatement(...bound)}\n`;
}
