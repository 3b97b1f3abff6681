/**
 * Command line over the same core as the add-on: `npm run --silent cli -- <command> …`.
 * Standard output holds only JSON (or the requested text); errors go to standard error with exit 1.
 * Each command lives in tools/cli/<command>.ts and exports `run(args: string[]): Promise<void>`.
 */
const COMMANDS: Record<string, string> = {
  import: 'Разобрать план (.txt/.docx) / import a plan: import <file> --json',
  deadline: 'Разобрать срок / parse a deadline: deadline "<text>" [--year Y | --academic Y]',
  responsible: 'Разобрать ответственных / split a responsible text: responsible "<text>"',
  simulate:
    'Смоделировать рассылку / simulate reminders: simulate <plan> --staff <csv> --from YYYY-MM-DD --days N [--quota Q] --json',
};

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help' || !(command in COMMANDS)) {
    const lines = Object.entries(COMMANDS).map(([c, d]) => `  ${c.padEnd(12)} ${d}`);
    const unknown = command && command !== '--help' && command !== 'help' ? `Неизвестная команда: ${command}\n` : '';
    process.stderr.write(`${unknown}Команды / commands:\n${lines.join('\n')}\n`);
    process.exitCode = unknown ? 2 : 0;
    return;
  }
  const mod: { run: (args: string[]) => Promise<void> } = await import(`./cli/${command}.ts`);
  await mod.run(args);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Ошибка: ${msg}\n`);
  process.exitCode = 1;
});
