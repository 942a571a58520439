"use client";

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
  return (
    <span className="row-buttons">
      <button type="button" className="small secondary" id={`${idBase}-up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        Move up<span className="visually-hidden"> {what}</span>
      </button>
      <button
        type="button"
        className="small secondary"
        id={`${idBase}-down`}
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        Move down<span className="visually-hidden"> {what}</span>
      </button>
      <button type="button" className="small secondary danger-text" onClick={() => onRemove(index)}>
        Remove<span className="visually-hidden"> {what}</span>
      </button>
    </span>
  );
}
