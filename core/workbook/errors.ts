/** Why a workbook cannot be read: the Chinese message shown to the user (exit 2) and a stable code. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
