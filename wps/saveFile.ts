/**
 * Saving a generated file from the WPS task pane: the client's own save dialog
 * (`Application.GetSaveAsFilename`) and a binary write (`FileSystem.writeAsBinaryString`). Builds
 * without either cannot save from the pane; the pane then writes a print-ready sheet (输出为PDF).
 */
import type { DeliverableFile } from '../pane/host';
import type { EtApplication } from './etApi';
import { WPS_MSG } from './messages';

/** True when this WPS has both the save dialog and the binary write. */
export function canSaveFiles(app: EtApplication): boolean {
  return typeof app.GetSaveAsFilename === 'function' && typeof app.FileSystem?.writeAsBinaryString === 'function';
}

/** Bytes as a binary string (one char per byte), built in slices so long files do not overflow the stack. */
export function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return parts.join('');
}

/** Asks where to save and writes the bytes there. */
export function saveFile(app: EtApplication, file: DeliverableFile): { path: string } | 'cancelled' | 'unsupported' {
  if (!canSaveFiles(app)) return 'unsupported';
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const path = app.GetSaveAsFilename!(file.name, WPS_MSG.saveFilter(ext), 1, WPS_MSG.saveTitle);
  if (path === false || path === '') return 'cancelled';
  if (!app.FileSystem!.writeAsBinaryString!(path, binaryString(file.bytes))) throw new Error(`无法写入 ${path}`);
  return { path };
}
