"use client";

import { useTranslations } from "next-intl";
import { useLocalizedResolver } from "@/i18n/use-localized-resolver";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { passwordChangeInput } from "@/lib/users/schema";
import { applyActionErrors } from "../../_components/action-errors";
import { FormField } from "../../_components/form-field";
import { changePasswordAction } from "../actions";

type Values = z.infer<typeof passwordChangeInput>;

export function ChangePasswordForm({ passwordMin }: { passwordMin: number }) {
  const t = useTranslations("Admin.Account");
  const [error, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: useLocalizedResolver(passwordChangeInput),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = formState;

  async function onSubmit(values: Values) {
    setFormError(undefined);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      setFormError(applyActionErrors(result, setError));
      return;
    }
    await signOut({ callbackUrl: "/login?reason=password-changed" });
  }

  return (
    <form className="stack narrow" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={t("change")}>
      {error && (
        <div role="alert" className="alert error">
          {error}
        </div>
      )}
      <FormField
        id="currentPassword"
        label={t("current")}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
        registration={register("currentPassword")}
      />
      <FormField
        id="newPassword"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        hint={t("hint", { min: passwordMin })}
        error={errors.newPassword}
        registration={register("newPassword")}
      />
      <FormField
        id="confirmPassword"
        label={t("again")}
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        registration={register("confirmPassword")}
      />
      <div>
        <button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
          {isSubmitting ? t("changing") : t("change")}
        </button>
      </div>
    </form>
  );
}
