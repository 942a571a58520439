import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/users/schema";
import type { SessionUser } from "@/lib/users/users";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { requestLocale } from "@/i18n/request-locale";
import { phraseTranslator, validationTranslator } from "@/i18n/translator";
import { issueMessage } from "@/i18n/zod-issue";
import { getSessionUser } from "./guards";
import { hasRole } from "./roles";

export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; status?: number };

/**
 * A server action that cannot skip its guard: session and role, then safeParse, then `fn`.
 * Expected failures (bad input, conflicts, missing rows) come back as values for the form.
 */
export function guardedAction<S extends z.ZodType, T = undefined>(
  role: Role,
  schema: S,
  fn: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    const t = validationTranslator(await requestLocale());
    if (!user) return { ok: false, status: 401, message: t("sessionEnded") };
    if (!hasRole(user, role)) return { ok: false, status: 403, message: t("needsRole", { role }) };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      // Field errors in the editor's language; the schema's own messages are the English ones.
      const locale = await requestLocale();
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issueMessage(issue, locale, t));
      return { ok: false, status: 400, message: t("fieldsNeedAttention"), fieldErrors };
    }
    try {
      return await fn(parsed.data, user);
    } catch (e) {
      // The rule's words in the editor's language when it has them (lib/errors.ts Phrase).
      const word = phraseTranslator(t);
      if (e instanceof InvalidInputError) {
        return {
          ok: false,
          status: 400,
          message: word(e.phrases.message, e.message),
          fieldErrors: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, [word(e.phrases.fields?.[k], v)]])),
        };
      }
      if (e instanceof ConflictError) return { ok: false, status: e.status, message: word(e.phrase, e.message) };
      if (e instanceof NotFoundError) return { ok: false, status: 404, message: word(e.phrase, e.message) };
      if (e instanceof ForbiddenError) return { ok: false, status: 403, message: word(e.phrase, e.message) };
      throw e;
    }
  };
}

export const editorAction = <S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult<T>>,
) => guardedAction<S, T>("editor", schema, fn);
export const adminAction = <S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult<T>>,
) => guardedAction<S, T>("admin", schema, fn);
