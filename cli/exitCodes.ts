import { UserError } from '../core/errors';

/** contracts §2: 0 success and no error findings; 1 ran fine but found errors; 2 unusable input or usage. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in ogi (never caused by input): one Chinese line, the stack only with --debug. */
export const EXIT_INTERNAL = 3;

/** Thrown for bad flags or unusable input; `main` prints the Chinese message and exits 2. */
export class UsageError extends UserError {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
