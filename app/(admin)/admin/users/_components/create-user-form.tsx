"use client";

import { zodResolver } from "@hookform/resolvers/zod";
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
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const { register, handleSubmit, setError, reset, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(userInput),
    defaultValues: { email: "", name: "", role: "editor", password: "" },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: Out) {
    setMessage(undefined);
    const result = await createUserAction(values);
    if (!result.ok) {
      setMessage({ kind: "error", text: applyActionErrors(result, setError) ?? "Not saved." });
      return;
    }
    reset();
    setMessage({ kind: "success", text: `Created ${values.role} ${values.email}.` });
  }

  return (
    <form className="stack narrow" onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Add a user">
      {message && (
        <div role={message.kind === "error" ? "alert" : "status"} className={`alert ${message.kind}`}>
          {message.text}
        </div>
      )}
      <FormField id="new-email" label="Email" type="email" autoComplete="off" error={errors.email} registration={register("email")} />
      <FormField id="new-name" label="Name" error={errors.name} registration={register("name")} />
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select id="new-role" {...register("role")}>
          <option value="editor">editor</option>
          <option value="admin">admin</option>
        </select>
      </div>
      <FormField
        id="new-password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${passwordMin} characters, not a common password. Give it to the user; they can change it under Account.`}
        error={errors.password}
        registration={register("password")}
      />
      <div>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}
