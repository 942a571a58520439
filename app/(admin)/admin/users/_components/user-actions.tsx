"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { ROLES, type Role } from "@/lib/users/schema";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "../actions";

type Props = { user: { id: number; email: string; role: Role; active: boolean }; self: boolean };

export function UserActions({ user, self }: Props) {
  const t = useTranslations("Admin.Users");
  const nav = useTranslations("Admin.Nav");
  const [pending, start] = useTransition();
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const run = (call: () => Promise<ActionResult>, done: string) =>
    start(async () => {
      const r = await call();
      if (r.ok) {
        setMessage({ kind: "success", text: done });
        setPassword("");
      } else {
        setMessage({ kind: "error", text: r.fieldErrors ? Object.values(r.fieldErrors)[0][0] : r.message });
      }
    });
  const id = `u${user.id}`;
  return (
    <div className="stack" style={{ gap: "0.4rem" }}>
      <div className="row-actions">
        <label className="visually-hidden" htmlFor={`${id}-role`}>
          {t("roleFor", { email: user.email })}
        </label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={pending}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {nav(`role.${r}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={pending || role === user.role}
          aria-label={t("changeRoleOf", { email: user.email })}
          onClick={() => run(() => changeRoleAction({ id: user.id, role }), t("roleChanged", { role: nav(`role.${role}`) }))}
        >
          {t("changeRole")}
        </button>
        {!self &&
          (user.active ? (
            <button
              type="button"
              className="danger"
              disabled={pending}
              aria-label={t("deactivateLabel", { email: user.email })}
              onClick={() => run(() => setActiveAction({ id: user.id, active: false }), t("deactivated"))}
            >
              {t("deactivate")}
            </button>
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={pending}
              aria-label={t("reactivateLabel", { email: user.email })}
              onClick={() => run(() => setActiveAction({ id: user.id, active: true }), t("reactivated"))}
            >
              {t("reactivate")}
            </button>
          ))}
      </div>
      <details>
        <summary>{t("resetPassword")}</summary>
        <form
          className="row-actions"
          style={{ marginTop: "0.4rem" }}
          onSubmit={(e) => {
            e.preventDefault();
            run(() => resetPasswordAction({ id: user.id, password }), t("passwordReset"));
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-password`}>
            {t("newPasswordFor", { email: user.email })}
          </label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="secondary" disabled={pending || !password}>
            {t("setPassword")}
          </button>
        </form>
      </details>
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "field-error" : "muted"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
