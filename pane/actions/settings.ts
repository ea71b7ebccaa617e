/**
 * The 设置 view's actions: saving the settings into the 设置 sheet; and the mapping editor's: column
 * choices drafted per field, applied together (one save, one re-check), or restored to the automatic mapping.
 */
import type { Settings } from '../../core/settings/schema';
import { isCalendarDate } from '../../core/dates';
import type { PaneState, SettingsDraft } from '../state';
import { MSG } from '../messages';
import type { PaneContext } from './context';
import type { CheckActions } from './check';

const COLUMN = /^[A-Z]{1,3}$/;

/** Actions of the 设置 view (and the 检查 view's mapping editor). */
export class SettingsActions {
  constructor(
    private readonly ctx: PaneContext,
    private readonly check: CheckActions,
  ) {}

  /** Saves settings into the 设置 sheet; rechecked sheets use them from now on. */
  async save(settings: Settings, patch: Partial<PaneState> = {}): Promise<void> {
    await this.ctx.guarded(async () => {
      await this.ctx.host.writeSettings(settings);
      this.ctx.say('info', MSG.settingsSaved, { ...patch, settings });
    });
  }

  /** Records what was typed in a 设置 box (kept across re-renders until saved). */
  draft(patch: SettingsDraft): void {
    this.ctx.store.draftSettings(patch);
  }

  /** The settings as the 设置 form shows them: the draft over the saved settings. */
  form(): Settings {
    const { settings, settingsDraft: draft } = this.ctx.state;
    const office = { ...settings.office };
    for (const [key, value] of Object.entries(draft.office ?? {}) as [keyof Settings['office'], string][]) office[key] = value.trim();
    return {
      ...settings,
      office,
      preset: draft.preset ?? settings.preset,
      calendar: {
        ...settings.calendar,
        offDays: draft.offDays === undefined ? settings.calendar.offDays : dayList(draft.offDays),
        workdays: draft.workdays === undefined ? settings.calendar.workdays : dayList(draft.workdays),
      },
    };
  }

  /** 保存: the form as typed, and the draft goes; a day that is not YYYY-MM-DD saves nothing and keeps the draft. */
  async saveForm(): Promise<void> {
    const next = this.form();
    const bad = [...next.calendar.offDays, ...next.calendar.workdays].filter((d) => !isCalendarDate(d));
    if (bad.length > 0) {
      this.ctx.say('error', MSG.settingsBadDates(bad.join('，')));
      return;
    }
    await this.save(next, { settingsDraft: {} });
  }

  /** Column override of one field (letter; '' automatic) for the selected sheet, then recheck. */
  async overrideColumn(field: string, column: string): Promise<void> {
    await this.overrideColumns({ [field]: column });
  }

  /**
   * Column overrides of the selected sheet, field → letter ('' back to automatic), saved once into
   * the 设置 sheet and checked once. A letter that is not one (e.g. `C1`) changes nothing: Chinese message.
   */
  async overrideColumns(changes: Readonly<Record<string, string>>): Promise<void> {
    const { selectedSheet: sheet, settings } = this.ctx.state;
    const entries = Object.entries(changes).map(([field, c]): [string, string] => [field, c.trim().toUpperCase()]);
    const bad = entries.filter(([, c]) => c && !COLUMN.test(c));
    if (bad.length > 0) {
      this.ctx.say('error', MSG.mappingBadColumn(bad.map(([, c]) => c).join('、')));
      return;
    }
    const picked = new Map(entries);
    const kept = Object.entries(settings.columns[sheet] ?? {}).filter(([field]) => !picked.has(field));
    const forSheet = Object.fromEntries([...kept, ...entries.filter(([, c]) => c)]);
    await this.applyColumns(sheet, forSheet, entries.length === 0 ? MSG.mappingUnchanged : MSG.mappingSaved(entries.length));
  }

  /** Records the column picked for a field in the editor (applied by `applyDrafts`); '' = automatic. */
  draftColumn(field: string, column: string): void {
    const { selectedSheet: sheet, mappingDrafts } = this.ctx.state;
    const drafts = new Map(mappingDrafts).set(sheet, { ...(mappingDrafts.get(sheet) ?? {}), [field]: column });
    this.ctx.set({ mappingDrafts: drafts });
  }

  /** The drafts of the selected sheet. */
  drafts(): Readonly<Record<string, string>> {
    return this.ctx.state.mappingDrafts.get(this.ctx.state.selectedSheet) ?? {};
  }

  /** 应用: every drafted column of the selected sheet at once. */
  async applyDrafts(): Promise<void> {
    const drafts = this.drafts();
    if (Object.keys(drafts).length === 0) {
      this.ctx.say('info', MSG.mappingUnchanged);
      return;
    }
    await this.overrideColumns(drafts);
  }

  /** 还原: drops the selected sheet's overrides and drafts; the columns are recognised from the header again. */
  async restoreAutomatic(): Promise<void> {
    await this.applyColumns(this.ctx.state.selectedSheet, {}, MSG.mappingRestored);
  }

  private async applyColumns(sheet: string, forSheet: Record<string, string>, done: string): Promise<void> {
    const { settings } = this.ctx.state;
    const others = Object.entries(settings.columns).filter(([name]) => name !== sheet);
    const columns = Object.fromEntries(Object.keys(forSheet).length > 0 ? [...others, [sheet, forSheet]] : others);
    const next: Settings = { ...settings, columns };
    const saved = await this.ctx.guarded(async () => {
      await this.ctx.host.writeSettings(next);
      const drafts = new Map(this.ctx.state.mappingDrafts);
      drafts.delete(sheet);
      this.ctx.set({ settings: next, mappingDrafts: drafts });
      return true;
    });
    if (!saved) return;
    const checked = await this.check.run(sheet);
    if (checked) this.ctx.say('info', `${done}${this.ctx.state.message?.text ?? ''}`);
  }
}

/** The days of a calendar box as typed: separated by commas (either width), 、, semicolons or blanks. */
export function dayList(text: string): string[] {
  return text.split(/[,，、;；\s]+/).filter(Boolean);
}
