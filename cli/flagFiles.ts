import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPreset, Preset } from '../core/presets';
import { Settings, SettingsSchema } from '../core/settings/schema';
import { UsageError } from './exitCodes';
import { zodIssuesText } from '../core/zodMessages';

/** Messages about files and names given on the command line, shared by every command. */
export const flagFileMessages = {
  settingsUnreadable: (file: string, reason: string) => `--settings 文件“${file}”无法读取：${reason}`,
  settingsInvalid: (file: string, issues: string) => `--settings 文件“${file}”的内容有误：${issues}`,
  badPreset: (msg: string) => `--preset 有误：${msg}`,
};

/** Reads a JSON file named by a flag (a UTF-8 BOM is fine); an unreadable file is a UsageError (exit 2). */
export function readJsonFile(file: string, cwd: string, unreadable: (file: string, reason: string) => string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(unreadable(file, e instanceof Error ? e.message : String(e)));
  }
}

/** The settings of `--settings FILE`, through the one zod schema; every problem named with its path. */
export function readSettingsFile(file: string, cwd: string): Settings {
  const parsed = SettingsSchema.safeParse(readJsonFile(file, cwd, flagFileMessages.settingsUnreadable));
  if (!parsed.success) {
    const issues = zodIssuesText(parsed.error);
    throw new UsageError(flagFileMessages.settingsInvalid(file, issues));
  }
  return parsed.data;
}

/** A rule preset by name; an unknown name is a UsageError (exit 2). */
export function presetFlag(name: string): Preset {
  try {
    return loadPreset(name);
  } catch (e) {
    throw new UsageError(flagFileMessages.badPreset(e instanceof Error ? e.message : String(e)));
  }
}
