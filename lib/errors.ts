export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** A write against a version that is no longer current (412), or a clash with existing data (409). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly status: 409 | 412 = 409,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Input that passed the schema but breaks a rule of the data (e.g. a duplicate slug), per field. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}
