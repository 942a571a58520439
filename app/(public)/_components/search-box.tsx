/** A search form; a plain GET form so it works without JavaScript. Each one on a page needs its own id and label. */
export function SearchBox({ id = "site-search", label = "Search occupations", defaultValue = "" }: { id?: string; label?: string; defaultValue?: string }) {
  return (
    <form className="search-form" role="search" aria-label={label} action="/search" method="get">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder="Occupation, reading (kana or romaji), skill…" />
      <button type="submit">Search</button>
    </form>
  );
}
