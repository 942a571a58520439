import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="container">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link href="/">Go to the catalog home page</Link>
      </p>
    </main>
  );
}
