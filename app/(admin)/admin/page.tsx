import type { Metadata } from "next";
import Link from "next/link";
import { requireEditor } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function AdminHome() {
  const user = await requireEditor();
  return (
    <>
      <h1>Dashboard</h1>
      <p>Signed in as {user.email}.</p>
      <ul>
        <li>
          <Link href="/admin/occupations">Occupations</Link>: find, edit, publish
        </li>
        <li>
          <Link href="/admin/occupations/new">New occupation</Link>
        </li>
        <li>
          <Link href="/admin/import">Import</Link> profile cards, JSON or CSV
        </li>
        <li>
          <Link href="/admin/quality">Editorial quality</Link>: missing readings, empty sections, unresolved links, likely duplicates,
          searches that found nothing
        </li>
      </ul>
    </>
  );
}
