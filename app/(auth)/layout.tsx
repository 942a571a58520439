import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container">
          <Link className="brand" href="/">
            Occupation Catalog
          </Link>
        </div>
      </header>
      <main id="main" className="container narrow">
        {children}
      </main>
    </>
  );
}
