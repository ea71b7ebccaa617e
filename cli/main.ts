import { CliIO, processIO } from './io';
import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from './exitCodes';
import { isUserError } from '../core/errors';
import { commands } from './commands/registry';
import { useChineseZodMessages } from '../core/zodMessages';
import { closestWord } from './suggest';

// zod's own messages (bad settings, presets, inputs) reach users: in Chinese.
useChineseZodMessages();

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
    '退出码 Exit codes: 0 成功 success；1 发现错误 errors found；2 输入或参数无法使用 unusable input/usage；3 程序错误 internal error',
    '任何命令加 --debug：程序出错时另打印调用栈 With --debug a crash also prints its stack',
    '',
  ].join('\n');

/** Entry point of the `ogi` command; returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  // --debug is ours, not the command's: it only decides whether a crash shows its stack.
  const debug = argv.includes('--debug') || Boolean(process.env.OGI_DEBUG);
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(GENERAL_USAGE());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const near = closestWord(
      name,
      commands.map((c) => c.name),
    );
    io.err(`ogi: 未知命令“${name}”${near ? `，是否要输入 ${near}？` : ''}\n\n${GENERAL_USAGE()}`);
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
    // Any other expected failure (an unusable file, preset or template) is the input's, not a bug: exit 2.
    if (isUserError(e)) {
      io.err(`ogi ${name}: ${e.userMessage}\n`);
      return EXIT_USAGE;
    }
    // A bug, not the input: one Chinese line; the stack only when asked for.
    io.err(`ogi ${name}: ${internalErrorMessage(e)}\n`);
    if (debug) io.err(`${e instanceof Error ? e.stack : String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

/** The one line a crash prints: what happened and what to do (the stack needs --debug). */
export function internalErrorMessage(e: unknown): string {
  const what = e instanceof Error ? e.message : String(e);
  return `内部错误（程序缺陷，不是您的文件的问题）：${what.split('\n')[0]}。请加 --debug 重新运行，把输出发给维护者。`;
}
