import { z } from 'zod';

/** Every period a preset may define (contracts API). */
export const PERIOD_IDS = [
  'reply', 'extensionMax', 'correctionNotice', 'correctionPeriod', 'thirdPartyReply', 'publication', 'publicationTarget',
  'submission', 'publishAfterSubmission', 'transfer', 'platformEntry', 'dualPublicity', 'feePayment',
] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

export const PresetPeriodSchema = z.object({
  /** What the period is, in Chinese (e.g. 主动公开). */
  name: z.string().min(1),
  /** N working days, the start day not counted. */
  days: z.number().int().positive(),
  /** Severity of the finding when the period is exceeded. */
  severity: z.enum(['error', 'warning', 'info']),
  /** The rule it comes from (e.g. 条例第二十六条). */
  rule: z.string().min(1),
});
export type PresetPeriod = z.infer<typeof PresetPeriodSchema>;

const periodsShape = Object.fromEntries(PERIOD_IDS.map((id) => [id, PresetPeriodSchema.optional()])) as {
  [K in PeriodId]: z.ZodOptional<typeof PresetPeriodSchema>;
};

/** A preset file in templates/presets/: its own periods plus, optionally, a preset it extends. */
export const PresetFileSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(1),
  extends: z.string().optional(),
  periods: z.strictObject(periodsShape),
  feePausesClock: z.boolean().optional(),
});
export type PresetFile = z.infer<typeof PresetFileSchema>;

/** A resolved rule preset: the periods of an office. */
export interface Preset {
  name: string;
  label: string;
  periods: Partial<Record<PeriodId, PresetPeriod>> & { reply: PresetPeriod };
  /** Whether a fee notice pauses the reply clock (109号文; configurable until confirmed). */
  feePausesClock: boolean;
}
