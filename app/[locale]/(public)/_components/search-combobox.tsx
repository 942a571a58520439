"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useEffect, useState, type KeyboardEvent } from "react";

type Suggestion = { slug: string; name: string; reading: string; romaji: string; matched: string };

/**
 * The search input as an ARIA combobox (list autocomplete): suggestions from /api/v1/suggest as
 * you type; arrows move through them, Enter opens the chosen one (or submits the form when none
 * is chosen), Escape closes the list, then clears the input.
 */
export function SearchCombobox({ id, defaultValue, placeholder }: { id: string; defaultValue: string; placeholder: string }) {
  const router = useRouter();
  const t = useTranslations("SearchBox");
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-suggestions`;
  const expanded = open && items.length > 0;

  // Fetch when the typed text changes only: reopening the list (arrow keys, focus) keeps the
  // suggestions and the chosen one as they are.
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    const q = value.trim();
    if (!q || !typed) return;
    const ctrl = new AbortController();
    const suggest = async () => {
      try {
        const res = await fetch(`/api/v1/suggest?q=${encodeURIComponent(q)}`, { signal: ctrl.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { suggestions: Suggestion[] };
        setItems(body.suggestions);
        setActive(-1);
      } catch {
        // Aborted by the next keystroke, or offline: the plain form still works.
      }
    };
    const timer = setTimeout(() => void suggest(), 120);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [value, typed]);

  const choose = (s: Suggestion) => {
    setOpen(false);
    setValue(s.name);
    router.push(`/occupations/${s.slug}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) return;
      e.preventDefault();
      const down = e.key === "ArrowDown";
      if (!expanded) {
        setOpen(true);
        setActive(down ? 0 : items.length - 1);
      } else setActive((a) => (down ? (a + 1) % items.length : a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Enter") {
      if (expanded && active >= 0) {
        e.preventDefault();
        choose(items[active]);
      }
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue("");
        setItems([]);
      }
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setTyped(true);
          setOpen(true);
          if (!e.target.value.trim()) setItems([]);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => value.trim() && setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={t("suggestions")} className="suggestions" hidden={!expanded}>
        {items.map((s, i) => (
          <li
            key={s.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
          >
            <span className="suggestion-name">{s.name}</span>
            {s.matched === s.reading && s.reading ? (
              <span className="suggestion-matched">
                <span lang="ja">{s.reading}</span> <span className="romaji">{s.romaji}</span>
              </span>
            ) : (
              s.matched !== s.name && <span className="suggestion-matched">{s.matched}</span>
            )}
          </li>
        ))}
      </ul>
      <div role="status" className="visually-hidden">
        {expanded ? t("suggestionCount", { count: items.length }) : ""}
      </div>
    </div>
  );
}
