import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/auth/action";

/** Feed a failed action's field errors to the form; returns the form-level message. */
export function applyActionErrors<F extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<F>): string | undefined {
  if (result.ok) return undefined;
  for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
    setError(name as Path<F>, { message: messages[0] });
  }
  return result.message;
}
