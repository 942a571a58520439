"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { deleteTierAction, mergeTierAction, moveTierAction, renameTierAction } from "../actions";
import { AddTierForm } from "./add-tier-form";

type Option = { id: number; label: string };
type Props = {
  entry: { id: number; level: number; levelName: string; name: string; published: number; total: number };
  path: string[];
  moveTargets: Option[];
  mergeTargets: Option[];
  inUse?: string;
  childLevel?: string;
};

type Msg = { field: string; kind: "error" | "success"; text: string };

export function TierPanel({ entry, path, moveTargets, mergeTargets, inUse, childLevel }: Props) {
  const t = useTranslations("Admin.Tiers");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [name, setName] = useState(entry.name);
  const [moveTo, setMoveTo] = useState("");
  const [mergeInto, setMergeInto] = useState("");
  const [msg, setMsg] = useState<Msg>();

  const run = (field: string, call: () => Promise<ActionResult>, done: string, leave = false) =>
    start(async () => {
      const r = await call();
      if (r.ok) {
        setMsg({ field, kind: "success", text: done });
        if (leave) router.push("/admin/classifications");
      } else {
        setMsg({ field, kind: "error", text: r.fieldErrors ? Object.values(r.fieldErrors)[0][0] : r.message });
      }
    });
  const note = (field: string) =>
    msg?.field === field && (
      <p
        id={`${field}-msg`}
        role={msg.kind === "error" ? "alert" : "status"}
        className={msg.kind === "error" ? "field-error" : "muted"}
        style={{ flexBasis: "100%" }}
      >
        {msg.text}
      </p>
    );
  const invalid = (field: string) =>
    msg?.field === field && msg.kind === "error" ? { "aria-invalid": true, "aria-describedby": `${field}-msg` } : {};

  return (
    <section className="panel" aria-labelledby="panel-title">
      <p className="muted" style={{ margin: 0 }}>
        {[...path, entry.name].join(" › ")}
      </p>
      <h2 id="panel-title">{t("heading", { level: entry.levelName, name: entry.name })}</h2>
      <p>{t("counts", { published: entry.published, total: entry.total })}</p>

      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          run("rename", () => renameTierAction({ id: entry.id, name }), t("renamed", { name: name.trim() }));
        }}
      >
        <div className="field">
          <label htmlFor="rename">{t("name")}</label>
          <input id="rename" type="text" value={name} onChange={(e) => setName(e.target.value)} {...invalid("rename")} />
        </div>
        <button type="submit" disabled={pending || !name.trim() || name.trim() === entry.name}>
          {t("rename")}
        </button>
        {note("rename")}
      </form>

      {moveTargets.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            run("move", () => moveTierAction({ id: entry.id, parentId: Number(moveTo) }), t("moved"));
          }}
        >
          <div className="field">
            <label htmlFor="move">{t("moveUnder")}</label>
            <select id="move" value={moveTo} onChange={(e) => setMoveTo(e.target.value)} {...invalid("move")}>
              <option value="">{t("chooseOption")}</option>
              {moveTargets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="secondary" disabled={pending || !moveTo}>
            {t("move")}
          </button>
          {note("move")}
        </form>
      )}

      {mergeTargets.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            run("merge", () => mergeTierAction({ id: entry.id, intoId: Number(mergeInto) }), t("merged"), true);
          }}
        >
          <div className="field">
            <label htmlFor="merge">{t("mergeInto")}</label>
            <select id="merge" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} {...invalid("merge")}>
              <option value="">{t("chooseSibling")}</option>
              {mergeTargets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="secondary" disabled={pending || !mergeInto}>
            {t("merge")}
          </button>
          <p className="hint muted" style={{ flexBasis: "100%", margin: 0, fontSize: "0.9rem" }}>
            {childLevel ? t("mergeChildren", { level: childLevel }) : t("mergeOccupations")}
          </p>
          {note("merge")}
        </form>
      )}

      {childLevel && (
        <div>
          <AddTierForm parentId={entry.id} childLevel={childLevel} />
        </div>
      )}

      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          run("delete", () => deleteTierAction({ id: entry.id }), t("deleted"), true);
        }}
      >
        <button type="submit" className="danger" disabled={pending || !!inUse} aria-describedby={inUse ? "delete-reason" : undefined}>
          {t("delete")}
        </button>
        {inUse && (
          <p id="delete-reason" className="muted" style={{ margin: 0 }}>
            {t("cannotDelete", { reason: inUse })}
          </p>
        )}
        {note("delete")}
      </form>
    </section>
  );
}
