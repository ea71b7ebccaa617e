import { CliIO, processIO } from './io';
import { EXIT_USAGE, UsageError } from './exitCodes';
import { commands } from './commands/registry';

const GENERAL_USAGE = () =>
  [
    'ogi — 政务公开台账助手 (ogi-ledger)',
    '',
    '用法 Usage: ogi <命令 command> [参数 flags]',
    '',
    '命令 Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(16)}${c.summary}`),
    '',
    '每个命令的帮助 Help for a command: ogi <command> --help',
    '退出码 Exit codes: 0 成功 success；1 发现错误 errors found；2 输入或参数无法使用 unusable input/usage',
    '',
  ].join('\n');

/** Entry point of the `ogi` command; returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(GENERAL_USAGE());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`ogi: 未知命令“${name}”\n\n${GENERAL_USAGE()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ogi ${name}: ${e.message}\n`);
      if (e.showUsage) io.err(`\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
