import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no occupation or classification at this address. It may have been renamed or unpublished.</p>
      <p>
        <Link href="/browse">Browse the classification</Link> or <Link href="/search">search the catalog</Link>.
      </p>
    </>
  );
}
