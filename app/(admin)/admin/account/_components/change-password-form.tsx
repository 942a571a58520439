"use client";

import { zodResolver } from "@hookform/resolvers/zod";
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
  const [error, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(passwordChangeInput),
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
    <form className="stack narrow" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Change password">
      {error && (
        <div role="alert" className="alert error">
          {error}
        </div>
      )}
      <FormField
        id="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
        registration={register("currentPassword")}
      />
      <FormField
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordMin} characters, not a common password.`}
        error={errors.newPassword}
        registration={register("newPassword")}
      />
      <FormField
        id="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        registration={register("confirmPassword")}
      />
      <div>
        <button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
          {isSubmitting ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
