import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/guards";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Only an admin path on this site: a full URL here would be an open redirect. */
function safeCallback(url: string | undefined): string {
  try {
    const u = new URL(url ?? "/admin", "http://localhost");
    return u.pathname.startsWith("/admin") ? `${u.pathname}${u.search}` : "/admin";
  } catch {
    return "/admin";
  }
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; reason?: string }>;
}) {
  const { callbackUrl, error, reason } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getSessionUser()) redirect(target);
  return (
    <>
      <h1>Sign in</h1>
      <p className="muted">For editors and administrators of the catalog.</p>
      {reason === "password-changed" && (
        <p role="status" className="alert success">
          Your password was changed. Sign in with the new one.
        </p>
      )}
      <LoginForm callbackUrl={target} initialError={error ? "Sign-in failed. Check your email and password." : undefined} />
    </>
  );
}
