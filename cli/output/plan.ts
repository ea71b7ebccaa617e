import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../exitCodes';
import { outputMessages as M } from './messages';

/** One input file: as the user typed it, absolute, and its real path (symlinks followed). */
export interface InputFile {
  given: string;
  path: string;
  real: string;
}

/**
 * The real path of a file that may not exist yet: the nearest existing ancestor resolved with
 * symlinks followed, then the rest appended. So `out/annual-2025.xlsx` where `out` links to the
 * ledger's folder resolves into that folder.
 */
export function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(realPathOf(parent), path.basename(absolute));
  }
}

/**
 * Resolves the input files of a command; the same file given twice (same real path, also through a
 * link) is kept once, and `warn` is told in Chinese. Order is kept.
 */
export function resolveInputs(files: readonly string[], cwd: string, warn: (message: string) => void): InputFile[] {
  const byReal = new Map<string, InputFile>();
  const inputs: InputFile[] = [];
  for (const given of files) {
    const full = path.resolve(cwd, given);
    const real = realPathOf(full);
    const first = byReal.get(real);
    if (first) {
      warn(M.duplicateInput(given, first.given));
      continue;
    }
    const input = { given, path: full, real };
    byReal.set(real, input);
    inputs.push(input);
  }
  return inputs;
}

/** The side files a command reads besides its ledgers (--settings, --inputs, --templates, --last-year). */
export function sideInputs(files: ReadonlyArray<string | undefined>, cwd: string): InputFile[] {
  return files.flatMap((given) =>
    given === undefined ? [] : [{ given, path: path.resolve(cwd, given), real: realPathOf(path.resolve(cwd, given)) }],
  );
}

/** The `--out` folder, absolute; an existing file there is a UsageError (exit 2), not a crash later. */
export function outDirFlag(value: string, cwd: string): string {
  const dir = path.resolve(cwd, value);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir);
  } catch {
    stat = undefined; // does not exist yet: created when the first file is written
  }
  if (stat && !stat.isDirectory()) throw new UsageError(M.outIsFile(value));
  return dir;
}

/** Same folder and same name, as a case-insensitive file system (Windows, macOS) would see it. */
const sameFile = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase();

/**
 * Stops a command before it writes anything when an output would land on an input: both are resolved
 * to real paths (symlinks followed, so a register path linked to the ledger counts). Also refuses an
 * output path that is a folder. Throws UsageError naming both files (exit 2).
 */
export function guardOutputs(inputs: readonly InputFile[], outputs: readonly string[]): void {
  for (const output of outputs) {
    const real = realPathOf(output);
    const hit = inputs.find((i) => sameFile(i.real, real) || sameFile(i.path, path.resolve(output)));
    if (hit) throw new UsageError(M.clash(output, hit.given));
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(output);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) throw new UsageError(M.outputIsFolder(output));
  }
}

/**
 * Output names for inputs that each get their own file (`ogi check`'s registers): `name(base)` in `dir`.
 * Inputs whose names would clash (same base name from different folders, compared as a case-insensitive
 * file system would) are told apart by their folder: `a/台账.xlsx`, `b/台账.xlsx` →
 * `a_台账.xlsx.register.xlsx`, `b_台账.xlsx.register.xlsx`; should those clash too, `-2`, `-3` … follow
 * the folder in the order given. Returns one path per input, in order.
 */
export function distinctOutputs(inputs: readonly InputFile[], dir: string, name: (base: string) => string): string[] {
  const key = (s: string) => s.toLowerCase();
  const counts = new Map<string, number>();
  for (const i of inputs) counts.set(key(name(path.basename(i.path))), (counts.get(key(name(path.basename(i.path)))) ?? 0) + 1);
  const taken = new Set<string>();
  return inputs.map((i) => {
    const base = path.basename(i.path);
    let file = name(base);
    if ((counts.get(key(file)) ?? 0) > 1) {
      const folder = path.basename(path.dirname(i.path)) || 'root';
      file = name(`${folder}_${base}`);
      for (let n = 2; taken.has(key(file)); n++) file = name(`${folder}-${n}_${base}`);
    }
    taken.add(key(file));
    return path.join(dir, file);
  });
}

/** `file` itself, or `stem-2.ext`, `stem-3.ext` … when an earlier output of the same run took the name. */
export function freeName(file: string, taken: ReadonlySet<string>): string {
  if (!taken.has(file.toLowerCase())) return file;
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  let n = 2;
  while (taken.has(`${stem}-${n}${ext}`.toLowerCase())) n++;
  return `${stem}-${n}${ext}`;
}

/**
 * The output paths of a command, in writing order: a name an earlier output of the same run took
 * gets `-2`, `-3` … (two notices for one 申请编号 no longer overwrite each other). Throws UsageError
 * (exit 2) before anything is written when one of them is an input (real paths compared).
 */
export function planOutputs(files: readonly string[], inputs: readonly InputFile[]): string[] {
  const taken = new Set<string>();
  const planned = files.map((f) => {
    const free = freeName(f, taken);
    taken.add(free.toLowerCase());
    return free;
  });
  guardOutputs(inputs, planned);
  return planned;
}
