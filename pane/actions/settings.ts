/** The 设置 view's actions: saving the settings into the 设置 sheet, and a column override from the mapping editor. */
import type { Settings } from '../../core/settings/schema';
import { MSG } from '../messages';
import type { PaneContext } from './context';
import type { CheckActions } from './check';

/** Actions of the 设置 view (and the 检查 view's mapping editor). */
export class SettingsActions {
  constructor(
    private readonly ctx: PaneContext,
    private readonly check: CheckActions,
  ) {}

  /** Saves settings into the 设置 sheet; rechecked sheets use them from now on. */
  async save(settings: Settings): Promise<void> {
    await this.ctx.guarded(async () => {
      await this.ctx.host.writeSettings(settings);
      this.ctx.say('info', MSG.settingsSaved, { settings });
    });
  }

  /** Column override from the mapping editor: field → column letter for the selected sheet, then recheck. */
  async overrideColumn(field: string, column: string): Promise<void> {
    const { selectedSheet: sheet, settings } = this.ctx.state;
    const columns = { ...settings.columns };
    const forSheet = { ...(columns[sheet] ?? {}) };
    if (column) forSheet[field] = column.toUpperCase();
    else delete forSheet[field];
    columns[sheet] = forSheet;
    await this.save({ ...settings, columns });
    await this.check.run(sheet);
  }
}
