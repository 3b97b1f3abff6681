/**
 * dist/Code.js is parsed by every execution of the add-on (each menu click, trigger and sidebar
 * call), so its size is a cost paid every time: issue 13 caps it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { MAX_CODE_BYTES } from '../../tools/build';
import { createEmulator } from '../../tools/emulator';

const file = join(__dirname, '../../dist/Code.js');

describe('dist/Code.js size', () => {
  it(`is at most ${MAX_CODE_BYTES / 1024} KB`, () => {
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_CODE_BYTES);
  });

  it('still names our functions in a stack trace (identifiers minified, names kept)', () => {
    const ctx = vm.createContext({ ...createEmulator().globals });
    vm.runInContext(readFileSync(file, 'utf8'), ctx, { filename: 'Code.js' });
    let stack = '';
    try {
      (ctx as Record<string, (x: unknown) => unknown>).importApply({ plan: 'not a plan' });
    } catch (e) {
      stack = String((e as Error).stack);
    }
    expect(stack).toContain('Неверные данные импорта');
    expect(stack).toMatch(/at parseImportRequest \(Code\.js/);
  });
});
