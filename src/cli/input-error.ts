// The one error the command line turns into a message and exit code 2 (kept apart so that every reader can throw it).

/** Input the staff member can fix (missing file, damaged workbook, bad template): exit 2 with this message,
 *  in English under --lang en when `en` is given. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly en?: string,
  ) {
    super(message);
  }
}
