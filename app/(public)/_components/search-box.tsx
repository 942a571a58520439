import { SearchCombobox } from "./search-combobox";

/**
 * A search form: a plain GET form to /search, so it works without JavaScript; the input is
 * enhanced into a typeahead combobox once the page is interactive.
 */
export function SearchBox({ id = "site-search", label = "Site search", defaultValue = "" }: { id?: string; label?: string; defaultValue?: string }) {
  return (
    <form className="search-form" role="search" aria-label={label} action="/search" method="get">
      <label htmlFor={id} className="visually-hidden">Search occupations</label>
      <SearchCombobox id={id} defaultValue={defaultValue} placeholder="Occupation, reading (kana or romaji), skill…" />
      <button type="submit">Search</button>
    </form>
  );
}
