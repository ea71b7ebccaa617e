// Presets are data in templates/presets/; they are imported (not read from disk) so that core
// bundles for the browser. This is the one place core reaches into templates/.
import national from '../../templates/presets/national.json';
import shanghai from '../../templates/presets/shanghai.json';
import taopu from '../../templates/presets/taopu.json';
import putuoEmergency from '../../templates/presets/putuo-emergency.json';
import kuancheng from '../../templates/presets/kuancheng.json';
import jingansi from '../../templates/presets/jingansi.json';
import changning from '../../templates/presets/changning.json';
import { Preset, PresetFile, PresetFileSchema, PresetPeriod, PeriodId } from './schema';
import { zodIssuesText } from '../zodMessages';
import { UserError } from '../errors';

export { PERIOD_IDS, PresetFileSchema, PresetPeriodSchema } from './schema';
export type { PeriodId, Preset, PresetFile, PresetPeriod } from './schema';

/** An unknown or broken preset; the message is Chinese and names the choices. */
export class PresetError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'PresetError';
  }
}

const FILES: Record<string, unknown> = {
  national,
  shanghai,
  taopu,
  'putuo-emergency': putuoEmergency,
  kuancheng,
  jingansi,
  changning,
};

/** Names of the bundled presets, national first. */
export function presetNames(): string[] {
  return Object.keys(FILES);
}

/** Validates a preset file (bundled or the office's own JSON); throws PresetError in Chinese. */
export function parsePresetFile(value: unknown, source: string): PresetFile {
  const parsed = PresetFileSchema.safeParse(value);
  if (!parsed.success) {
    const issues = zodIssuesText(parsed.error);
    throw new PresetError(`规则预设“${source}”的数据有误：${issues}`);
  }
  return parsed.data;
}

const cache = new Map<string, Preset>();

/**
 * The resolved preset of that name (its periods over those of the preset it extends).
 * @example loadPreset('changning').periods.platformEntry?.days //=> 2
 */
export function loadPreset(name: string): Preset {
  const hit = cache.get(name);
  if (hit) return hit;
  const preset = resolve(name, []);
  cache.set(name, preset);
  return preset;
}

/**
 * The preset of that name, or the national one and why (Chinese) when the name is unknown or its data broken:
 * a check never stops for a preset, it says so (finding `settings.preset.unknown`).
 */
export function presetOrNational(name: string): { preset: Preset; problem?: string } {
  try {
    return { preset: loadPreset(name) };
  } catch (e) {
    return { preset: loadPreset('national'), problem: e instanceof PresetError ? `${e.message}；已按全国通用规则检查` : String(e) };
  }
}

/** Resolves a preset file against the bundled presets (for an office's own JSON file). */
export function resolvePresetFile(file: PresetFile): Preset {
  const base = file.extends !== undefined ? resolve(file.extends, [file.name]) : undefined;
  const periods: Partial<Record<PeriodId, PresetPeriod>> = { ...base?.periods, ...file.periods };
  if (!periods.reply) throw new PresetError(`规则预设“${file.name}”缺少答复期限（periods.reply）`);
  return {
    name: file.name,
    label: file.label,
    ...(file.seed !== undefined ? { seed: file.seed } : {}),
    periods: { ...periods, reply: periods.reply },
    feePausesClock: file.feePausesClock ?? base?.feePausesClock ?? true,
  };
}

function resolve(name: string, chain: string[]): Preset {
  if (chain.includes(name)) throw new PresetError(`规则预设循环继承：${[...chain, name].join(' → ')}`);
  const raw = FILES[name];
  if (raw === undefined) {
    throw new PresetError(`未知的规则预设“${name}”，可选：${presetNames().join('、')}`);
  }
  const file = parsePresetFile(raw, name);
  if (file.extends === undefined) return resolvePresetFile(file);
  const base = resolve(file.extends, [...chain, name]);
  const periods = { ...base.periods, ...file.periods };
  return {
    name: file.name,
    label: file.label,
    ...(file.seed !== undefined ? { seed: file.seed } : {}),
    periods,
    feePausesClock: file.feePausesClock ?? base.feePausesClock,
  };
}
