import { SearchCombobox } from "./search-combobox";

/**
 * A search form: a plain GET form to /search, so it works without JavaScript; the input is
 * enhanced into a typeahead combobox once the page is interactive. Each one on a page needs its
 * own id and label.
 */
export function SearchBox({ id = "site-search", label = "Search occupations", defaultValue = "" }: { id?: string; label?: string; defaultValue?: string }) {
  return (
    <form className="search-form" role="search" aria-label={label} action="/search" method="get">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <SearchCombobox id={id} defaultValue={defaultValue} placeholder="Occupation, reading (kana or romaji), skill…" />
      <button type="submit">Search</button>
    </form>
  );
}
