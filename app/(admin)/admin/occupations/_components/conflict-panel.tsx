"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ProfileContent } from "@/lib/occupations/schema";
import { diffProfiles, type FieldKey } from "@/lib/revisions/diff";
import { FieldDiffView, FieldValue } from "@/app/_components/diff-view";

/**
 * A refused save: what someone else saved meanwhile (their change, as a diff from the version this
 * form started from) beside the editor's own value, field by field.
 */
export function ConflictPanel({
  base,
  current,
  mine,
  version,
  onReapply,
  onDiscard,
}: {
  base: ProfileContent;
  current: ProfileContent;
  mine: ProfileContent;
  version: number;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("Admin.Conflict");
  const field = useTranslations("Admin.Fields");
  const separator = useTranslations("Admin.History")("listSeparator");
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "start" });
  }, []);
  const theirs = diffProfiles(base, current).filter((d) => d.changed);
  const mineDiff = diffProfiles(base, mine);
  const mineChanged = new Set<FieldKey>(mineDiff.filter((d) => d.changed).map((d) => d.key));
  const mineByKey = new Map(mineDiff.map((d) => [d.key, d]));
  const onlyMine = mineDiff.filter((d) => d.changed && !theirs.some((x) => x.key === d.key));
  return (
    <section className="conflict" aria-labelledby="conflict-title" tabIndex={-1} ref={ref}>
      <h2 id="conflict-title">{t("heading", { version })}</h2>
      <p>{t("intro")}</p>
      {theirs.length === 0 ? (
        <p>{t("statusOnly")}</p>
      ) : (
        <table className="conflict-table">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field")}</th>
              <th scope="col">{t("theirs", { version })}</th>
              <th scope="col">{t("yours")}</th>
            </tr>
          </thead>
          <tbody>
            {theirs.map((d) => (
              <tr key={d.key}>
                <th scope="row">
                  {field(d.key)}
                  <span className={`diff-tag ${mineChanged.has(d.key) ? "diff-tag-removed" : "diff-tag-same"}`}>
                    {t(mineChanged.has(d.key) ? "bothChanged" : "theirsKept")}
                  </span>
                </th>
                <td>
                  <FieldDiffView diff={d} />
                </td>
                <td>
                  <FieldValue diff={mineByKey.get(d.key)!} side="after" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onlyMine.length > 0 && <p>{t("onlyMine", { fields: onlyMine.map((d) => field(d.key)).join(separator) })}</p>}
      <p className="actions">
        <button type="button" onClick={onReapply}>
          {t("reapply", { version })}
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          {t("discard", { version })}
        </button>
      </p>
    </section>
  );
}
