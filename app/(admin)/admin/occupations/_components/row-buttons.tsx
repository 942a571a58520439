"use client";

import { useTranslations } from "next-intl";
/** Move up / Move down / Remove for one row of an editable list; `what` names the row for screen readers. */
export function RowButtons({
  idBase,
  index,
  count,
  what,
  onMove,
  onRemove,
}: {
  idBase: string;
  index: number;
  count: number;
  what: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("Admin.Form");
  return (
    <span className="row-buttons">
      <button type="button" className="small secondary" id={`${idBase}-up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        {t("moveUp")}
        <span className="visually-hidden"> {what}</span>
      </button>
      <button
        type="button"
        className="small secondary"
        id={`${idBase}-down`}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        {t("moveDown")}
        <span className="visually-hidden"> {what}</span>
      </button>
      <button type="button" className="small secondary danger-text" onClick={() => onRemove(index)}>
        {t("remove")}
        <span className="visually-hidden"> {what}</span>
      </button>
    </span>
  );
}
