/**
 * The same words for a form in the editor's language: a key of `Validation` in messages/*.json
 * and its arguments. The English text stays the error's own (the API answers in English).
 */
export type Phrase = { key: string; values?: Record<string, string | number> };

/** What was not found, for its words in the editor's language (Validation.notFound). */
export type MissingThing = "occupation" | "deleted occupation" | "user" | "token" | "classification entry";

export class NotFoundError extends Error {
  readonly phrase: Phrase;
  constructor(what: MissingThing) {
    super(`${what} not found`);
    this.name = "NotFoundError";
    this.phrase = { key: "notFound", values: { what: what.replace(/ /g, "_") } };
  }
}

/** A write against a version that is no longer current (412), or a clash with existing data (409). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly status: 409 | 412 = 409,
    readonly phrase?: Phrase,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ForbiddenError extends Error {
  constructor(
    message = "You do not have permission to do that",
    readonly phrase: Phrase = { key: "forbidden" },
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Input that passed the schema but breaks a rule of the data (e.g. a duplicate slug), per field. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
    readonly phrases: { message?: Phrase; fields?: Record<string, Phrase> } = {},
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}
