import { z } from 'zod';
import { zhCN } from 'zod/locales';

/**
 * Makes zod's own messages Chinese (its zh-CN locale) in this process or worker. Call it once at each entry
 * point (the CLI, the pane, the print page, the offline page and both workers): the setting is global to zod.
 */
export function useChineseZodMessages(): void {
  z.config(zhCN());
}

/**
 * A zod error as one line for users: `路径：说明` per issue (the whole value as `（根）`), joined by `；`.
 * @example zodIssuesText(error) //=> 'office.name：无效输入：期望 string，实际接收 数字'
 */
export function zodIssuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '（根）'}：${i.message}`).join('；');
}
