// Notice wording is data in templates/notices/ (an office may adjust it); it is imported, not
// read from disk, so reports/ bundles for the browser — the same approach as core/presets.
import common from '../../../templates/notices/common.json';
import procedural from '../../../templates/notices/procedural.json';
import replies from '../../../templates/notices/replies.json';
import { NoticeTemplates, NoticeTemplatesSchema } from './templateSchema';
import { zodIssuesText } from '../../../core/zodMessages';
import { UserError } from '../../../core/errors';

/** Broken notice wording; the message is Chinese and names the place. */
export class NoticeTemplateError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'NoticeTemplateError';
  }
}

/** Validates a full set of notice templates; throws NoticeTemplateError in Chinese. */
export function parseNoticeTemplates(value: unknown, source: string): NoticeTemplates {
  const parsed = NoticeTemplatesSchema.safeParse(value);
  if (!parsed.success) {
    const issues = zodIssuesText(parsed.error);
    throw new NoticeTemplateError(`文书模板“${source}”有误：${issues}`);
  }
  return parsed.data as NoticeTemplates;
}

let bundled: NoticeTemplates | undefined;

/** The bundled notice templates (validated once). */
export function defaultNoticeTemplates(): NoticeTemplates {
  bundled ??= parseNoticeTemplates({ common, notices: { ...procedural, ...replies } }, 'templates/notices');
  return bundled;
}

/**
 * The bundled templates with an office's changes: `{ common?: {...}, notices?: { kind: {...} } }`,
 * each notice's fields replacing the bundled ones; the result is validated as a whole.
 */
export function withTemplateOverrides(override: unknown, source: string): NoticeTemplates {
  const base = defaultNoticeTemplates();
  if (typeof override !== 'object' || override === null) throw new NoticeTemplateError(`文书模板“${source}”应为 JSON 对象`);
  const o = override as { common?: Record<string, unknown>; notices?: Record<string, Record<string, unknown>> };
  const notices: Record<string, unknown> = { ...base.notices };
  for (const [kind, t] of Object.entries(o.notices ?? {})) notices[kind] = { ...(base.notices[kind] ?? {}), ...t };
  return parseNoticeTemplates({ common: { ...base.common, ...(o.common ?? {}) }, notices }, source);
}
