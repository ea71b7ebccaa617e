/**
 * Finds the office's 公文 fonts on this computer (仿宋_GB2312 for text, 方正小标宋 for titles), so
 * notices look like the documents the office already sends; Noto Serif SC when none is installed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { OfficialFonts } from '../reports/render/pdf/fonts';

/** File names of each face, best first (matched without regard to case). */
const BODY_FILES = ['仿宋_GB2312.ttf', 'FangSong_GB2312.ttf', 'FSGB2312.ttf', 'simfang.ttf', '仿宋.ttf'];
const TITLE_FILES = ['方正小标宋简体.ttf', 'FZXBSJW.ttf', 'FZXiaoBiaoSong-B05S.ttf', '方正小标宋_GBK.ttf', 'FZXBSK.ttf'];
/** Folders are searched this deep (Linux keeps fonts in /usr/share/fonts/truetype/<family>/). */
const MAX_DEPTH = 3;
/** A font folder with more entries than this is not walked further (a wrong folder given by mistake). */
const MAX_ENTRIES = 5000;

/** Where the operating systems keep fonts: the user's own folders first, then the system's. */
export function systemFontDirs(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string[] {
  return [
    ...(env.LOCALAPPDATA ? [path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : []),
    path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts'),
    path.join(home, '.local', 'share', 'fonts'),
    path.join(home, '.fonts'),
    path.join(home, 'Library', 'Fonts'),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    '/Library/Fonts',
  ];
}

/** Every font file below `dir` (to MAX_DEPTH), by lower-case name; unreadable folders are passed over. */
function fontFiles(dir: string, found = new Map<string, string>(), depth = 0, seen = { entries: 0 }): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of names) {
    if (++seen.entries > MAX_ENTRIES) break;
    const full = path.join(dir, name);
    if (/\.(ttf|otf)$/i.test(name)) {
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), full);
    } else if (depth < MAX_DEPTH) {
      try {
        if (statSync(full).isDirectory()) fontFiles(full, found, depth + 1, seen);
      } catch {
        // a broken link or a folder we may not read
      }
    }
  }
  return found;
}

function firstOf(files: Map<string, string>, wanted: readonly string[]): string | undefined {
  for (const name of wanted) {
    const hit = files.get(name.toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The 公文 fonts in `dirs`, searched in order (the first folder holding a face wins), or undefined
 * when no 仿宋 is found. `OGI_DOCUMENT_FONTS` or `--font-dir` put the office's folder first.
 */
export function findOfficialFonts(dirs: readonly string[]): OfficialFonts | undefined {
  let body: string | undefined;
  let title: string | undefined;
  for (const dir of dirs) {
    const files = fontFiles(dir);
    body ??= firstOf(files, BODY_FILES);
    title ??= firstOf(files, TITLE_FILES);
    if (body && title) break;
  }
  if (!body) return undefined;
  const read = (file: string) => ({ bytes: new Uint8Array(readFileSync(file)) });
  return {
    body: read(body),
    ...(title ? { title: read(title) } : {}),
    label: [path.basename(body), ...(title ? [path.basename(title)] : [])].join('、'),
  };
}

/** The folders to search for a command: the one the user named, `OGI_DOCUMENT_FONTS`, then the system's. */
export function officialFontDirs(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string[] {
  return [...(explicit ? [explicit] : []), ...(env.OGI_DOCUMENT_FONTS ? [env.OGI_DOCUMENT_FONTS] : []), ...systemFontDirs(env)];
}
