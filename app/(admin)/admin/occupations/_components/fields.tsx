"use client";

import { useFormContext } from "react-hook-form";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { errorAt, errorId, fieldId } from "./field-ids";

type Path = Parameters<ReturnType<typeof useFormContext<ProfileFormInput>>["register"]>[0];

export function FieldError({ path }: { path: string }) {
  const { formState } = useFormContext<ProfileFormInput>();
  const message = errorAt(formState.errors, path);
  return message ? (
    <p id={errorId(path)} className="field-error">
      {message}
    </p>
  ) : null;
}

/** aria attributes that tie a control to its hint and error. */
export function useDescribedBy(path: string, hint?: boolean) {
  const { formState } = useFormContext<ProfileFormInput>();
  const invalid = !!errorAt(formState.errors, path);
  const ids = [hint ? `${fieldId(path)}-hint` : "", invalid ? errorId(path) : ""].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": ids || undefined };
}

/** Label, hint and error around one control. */
function Field({ path, label, hint, children }: { path: Path; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={fieldId(path)}>{label}</label>
      {hint && (
        <p id={`${fieldId(path)}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError path={path} />
    </div>
  );
}

export function TextField({
  path,
  label,
  hint,
  lang,
  maxLength,
}: {
  path: Path;
  label: string;
  hint?: string;
  lang?: string;
  maxLength?: number;
}) {
  const { register } = useFormContext<ProfileFormInput>();
  const aria = useDescribedBy(path, !!hint);
  return (
    <Field path={path} label={label} hint={hint}>
      <input id={fieldId(path)} type="text" lang={lang} maxLength={maxLength} {...aria} {...register(path)} />
    </Field>
  );
}

export function TextAreaField({ path, label, hint, rows = 5 }: { path: Path; label: string; hint?: string; rows?: number }) {
  const { register } = useFormContext<ProfileFormInput>();
  const aria = useDescribedBy(path, !!hint);
  return (
    <Field path={path} label={label} hint={hint}>
      <textarea id={fieldId(path)} rows={rows} {...aria} {...register(path)} />
    </Field>
  );
}
