import { UserError } from '../errors';

/** Why a workbook cannot be read: the Chinese message shown to the user (exit 2) and a stable code. */
export class UnreadableWorkbook extends UserError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
