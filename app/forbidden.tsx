import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="container">
      <h1>Not allowed</h1>
      <p>Your account does not have the role this page needs. Ask an administrator if you need access.</p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </main>
  );
}
