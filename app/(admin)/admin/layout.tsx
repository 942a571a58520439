import Link from "next/link";
import { requireEditor } from "@/lib/auth/guards";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "./_components/sign-out-button";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireEditor();
  const admin = hasRole(user, "admin");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header admin-header">
        <div className="container">
          <Link className="brand" href="/admin">
            Catalog admin
          </Link>
          <div className="admin-user">
            <Link href="/admin/account" title="Your account: change your password">
              {user.email} ({user.role})
            </Link>
            <SignOutButton />
          </div>
          <nav className="site-nav" aria-label="Admin">
            <ul>
              <li>
                <Link href="/admin/occupations">Occupations</Link>
              </li>
              <li>
                <Link href="/admin/quality">Quality</Link>
              </li>
              <li>
                <Link href="/admin/import">Import</Link>
              </li>
              {admin && (
                <li>
                  <Link href="/admin/classifications">Classification</Link>
                </li>
              )}
              {admin && (
                <li>
                  <Link href="/admin/users">Users</Link>
                </li>
              )}
              {admin && (
                <li>
                  <Link href="/admin/audit">Audit log</Link>
                </li>
              )}
              <li>
                <Link href="/admin/account">Account</Link>
              </li>
              <li>
                <Link href="/">Public site</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
    </>
  );
}
