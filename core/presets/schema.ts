import { z } from 'zod';

/** Every period a preset may define (contracts API). */
export const PERIOD_IDS = [
  'reply',
  'extensionMax',
  'correctionNotice',
  'correctionPeriod',
  'thirdPartyReply',
  'publication',
  'publicationTarget',
  'submission',
  'publishAfterSubmission',
  'transfer',
  'platformEntry',
  'dualPublicity',
  'feePayment',
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
  /**
   * The office rule (seed NNN of reference/seeds) the period is written in; absent for the 条例 and
   * national documents, which bind every office and so are the only periods a preset inherits.
   */
  seed: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
});
export type PresetPeriod = z.infer<typeof PresetPeriodSchema>;

const periodsShape = Object.fromEntries(PERIOD_IDS.map((id) => [id, PresetPeriodSchema.optional()])) as {
  [K in PeriodId]: z.ZodOptional<typeof PresetPeriodSchema>;
};

/** A preset file in templates/presets/: its own periods plus, optionally, a preset it extends. */
export const PresetFileSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: z.string().min(1),
    extends: z.string().optional(),
    /** The office rule this preset is read from (seed NNN); its periods must each name it. */
    seed: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
    periods: z.strictObject(periodsShape),
    feePausesClock: z.boolean().optional(),
  })
  .superRefine((file, ctx) => {
    // An office preset holds only its own rule's periods: each says it comes from that rule.
    for (const [id, period] of Object.entries(file.periods)) {
      if (!period) continue;
      if (period.seed !== undefined && period.seed !== file.seed) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', id, 'seed'],
          message: `依据 ${period.seed} 不是本预设的依据${file.seed ? ` ${file.seed}` : '（本预设未写明 seed）'}`,
        });
      }
      if (file.seed !== undefined && period.seed === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', id, 'seed'],
          message: `本预设依据 ${file.seed}，每个期限都应写明 seed（出自该制度的哪一条见 rule）`,
        });
      }
    }
  });
export type PresetFile = z.infer<typeof PresetFileSchema>;

/** A resolved rule preset: the periods of an office. */
export interface Preset {
  name: string;
  label: string;
  /** The office rule (seed NNN) of the preset's own periods, if it has one. */
  seed?: string;
  periods: Partial<Record<PeriodId, PresetPeriod>> & { reply: PresetPeriod };
  /** Whether a fee notice pauses the reply clock (109号文; configurable until confirmed). */
  feePausesClock: boolean;
}
