"use client";

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
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "start" });
  }, []);
  const theirs = diffProfiles(base, current).filter((d) => d.changed);
  const mineDiff = diffProfiles(base, mine);
  const mineChanged = new Set<FieldKey>(mineDiff.filter((d) => d.changed).map((d) => d.key));
  const mineByKey = new Map(mineDiff.map((d) => [d.key, d]));
  const onlyMine = mineDiff.filter((d) => d.changed && !theirs.some((t) => t.key === d.key));
  return (
    <section className="conflict" aria-labelledby="conflict-title" tabIndex={-1} ref={ref}>
      <h2 id="conflict-title">Someone saved this profile while you were editing (now version {version})</h2>
      <p>
        Your changes are still in the form below; nothing was lost. Compare, then keep yours on top of the newer version and save again.
      </p>
      {theirs.length === 0 ? (
        <p>The newer version changed its status only; no field differs.</p>
      ) : (
        <table className="conflict-table">
          <caption>Fields changed meanwhile</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Their change (version {version})</th>
              <th scope="col">Your value</th>
            </tr>
          </thead>
          <tbody>
            {theirs.map((d) => (
              <tr key={d.key}>
                <th scope="row">
                  {d.label}
                  <span className={`diff-tag ${mineChanged.has(d.key) ? "diff-tag-removed" : "diff-tag-same"}`}>
                    {mineChanged.has(d.key) ? "you changed it too: yours is kept" : "you did not change it: theirs is kept"}
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
      {onlyMine.length > 0 && <p>Only you changed: {onlyMine.map((d) => d.label).join(", ")}. These are kept.</p>}
      <p className="actions">
        <button type="button" onClick={onReapply}>
          Keep my changes on top of version {version}
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          Discard my changes and load version {version}
        </button>
      </p>
    </section>
  );
}
