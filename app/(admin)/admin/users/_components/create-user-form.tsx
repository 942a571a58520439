"use client";

import { useTranslations } from "next-intl";
import { useLocalizedResolver } from "@/i18n/use-localized-resolver";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { userInput } from "@/lib/users/schema";
import { applyActionErrors } from "../../_components/action-errors";
import { FormField } from "../../_components/form-field";
import { createUserAction } from "../actions";

type In = z.input<typeof userInput>;
type Out = z.output<typeof userInput>;

export function CreateUserForm({ passwordMin }: { passwordMin: number }) {
  const t = useTranslations("Admin.Users");
  const nav = useTranslations("Admin.Nav");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<In, unknown, Out>({
    resolver: useLocalizedResolver(userInput),
    defaultValues: { email: "", name: "", role: "editor", password: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: Out) {
    setMessage(undefined);
    const result = await createUserAction(values);
    if (!result.ok) {
      setMessage({ kind: "error", text: applyActionErrors(result, setError) ?? t("notSaved") });
      return;
    }
    reset();
    setMessage({ kind: "success", text: t("created", { role: nav(`role.${values.role}`), email: values.email }) });
  }

  return (
    <form className="stack narrow" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={t("add")}>
      {message && (
        <div role={message.kind === "error" ? "alert" : "status"} className={`alert ${message.kind}`}>
          {message.text}
        </div>
      )}
      <FormField id="new-email" label={t("email")} type="email" autoComplete="off" error={errors.email} registration={register("email")} />
      <FormField id="new-name" label={t("name")} error={errors.name} registration={register("name")} />
      <div className="field">
        <label htmlFor="new-role">{t("role")}</label>
        <select id="new-role" {...register("role")}>
          <option value="editor">{nav("role.editor")}</option>
          <option value="admin">{nav("role.admin")}</option>
        </select>
      </div>
      <FormField
        id="new-password"
        label={t("initialPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: passwordMin })}
        error={errors.password}
        registration={register("password")}
      />
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}
