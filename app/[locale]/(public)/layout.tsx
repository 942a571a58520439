import Link from "next/link";
import { SearchBox } from "./_components/search-box";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <div className="container">
          <Link className="brand" href="/">Occupation Catalog</Link>
          <SearchBox />
          <nav className="site-nav" aria-label="Main">
            <ul>
              <li><Link href="/browse">Browse</Link></li>
              <li><Link href="/search">Search</Link></li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">{children}</main>
      <footer className="site-footer">
        <div className="container">Occupation Catalog · profiles of work, skills and careers</div>
      </footer>
    </>
  );
}
