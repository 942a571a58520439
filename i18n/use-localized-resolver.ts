"use client";

import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueMessage } from "./zod-issue";

/**
 * react-hook-form's resolver for a shared zod schema, with each issue's message in the page's
 * language (i18n/zod-issue.ts). The first issue of each field is shown, as zodResolver does.
 */
export function useLocalizedResolver<In extends FieldValues, Out>(schema: z.ZodType<Out, In>): Resolver<In, unknown, Out> {
  const locale = useLocale();
  const t = useTranslations("Validation");
  return useMemo<Resolver<In, unknown, Out>>(
    () => async (values, _context, options) => {
      const parsed = await schema.safeParseAsync(values);
      if (parsed.success) {
        if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
        return { values: parsed.data, errors: {} };
      }
      const errors: Record<string, FieldError> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join(".");
        errors[path] ??= { type: issue.code, message: issueMessage(issue, locale, t) };
      }
      return { values: {}, errors: toNestErrors(errors, options) };
    },
    [schema, locale, t],
  );
}
