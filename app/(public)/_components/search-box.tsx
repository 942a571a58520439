/** The site-wide search form; a plain GET form so it works without JavaScript. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form className="search-form" role="search" action="/search" method="get">
      <label htmlFor="site-search" className="visually-hidden">Search occupations</label>
      <input id="site-search" type="search" name="q" defaultValue={defaultValue} placeholder="Occupation, reading (kana or romaji), skill…" />
      <button type="submit">Search</button>
    </form>
  );
}
