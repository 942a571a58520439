import type { FieldError, UseFormRegisterReturn } from "react-hook-form";

/** A labelled input with its error tied by aria-describedby. */
export function FormField({
  id,
  label,
  type = "text",
  error,
  hint,
  autoComplete,
  registration,
}: {
  id: string;
  label: string;
  type?: string;
  error?: FieldError;
  hint?: string;
  autoComplete?: string;
  registration: UseFormRegisterReturn;
}) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input id={id} type={type} autoComplete={autoComplete} aria-invalid={!!error} aria-describedby={describedBy} {...registration} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error.message}
        </p>
      )}
    </div>
  );
}
