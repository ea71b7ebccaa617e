import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../exitCodes';
import { outputMessages as M } from './messages';

/** The Chinese reason of a file-system error (its code when we have no words for it). */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return (code && M.reasons[code]) || (e instanceof Error ? e.message : String(e));
}

/** Creates a folder (and its parents); unusable → UsageError (exit 2). */
export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(M.cannotWrite(dir, fsReason(e)));
  }
}

/**
 * Writes a whole file or nothing: the bytes go to a hidden temporary name in the target folder,
 * then are renamed over the target. A crash leaves at most the temporary file, never half a report;
 * an existing symlink at `file` is replaced by the new file, never written through (rename acts on
 * the link itself). Failures are a UsageError with a Chinese reason.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array | string): void {
  const dir = path.dirname(file);
  ensureDir(dir);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 'wx': the temporary name is new; if something appeared there, fail rather than follow it.
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new UsageError(M.cannotWrite(file, fsReason(e)));
  }
}
