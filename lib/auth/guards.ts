import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/errors";
import { HttpError } from "@/lib/http/handle";
import type { Role } from "@/lib/users/schema";
import { checkApiToken } from "@/lib/users/tokens";
import { getActiveUser, type SessionUser } from "@/lib/users/users";
import { env } from "@/lib/env";
import { authOptions } from "./options";
import { hasRole } from "./roles";

type SessionShape = { user?: { id?: number; sv?: number } };

/** The signed-in user, checked against the database on every call (deactivation works at once). */
export async function getSessionUser(): Promise<SessionUser | undefined> {
  const session = (await getServerSession(authOptions)) as SessionShape | null;
  const id = session?.user?.id;
  const sv = session?.user?.sv;
  if (typeof id !== "number" || typeof sv !== "number") return undefined;
  return getActiveUser(id, sv);
}

async function requirePageRole(role: Role): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!hasRole(user, role)) forbidden();
  return user;
}

/** For admin pages: anonymous → /login, signed in without the role → 403. */
export const requireEditor = () => requirePageRole("editor");
export const requireAdmin = () => requirePageRole("admin");

export class UnauthenticatedError extends HttpError {
  constructor() {
    super(401, "Sign in or send an API token (Authorization: Bearer …)");
  }
}

/**
 * Whether a cookie-authenticated request comes from this site: no Origin (not a browser), or an
 * Origin whose host is the Host the request was sent to or the configured public URL's.
 * X-Forwarded-Host is the front door's (lib/http/front-door.ts): the Host header, or a trusted
 * proxy's value under TRUST_PROXY, never a client's. `req.url` is not used: Next may rebuild it
 * with its own host name.
 */
function sameSite(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [req.headers.get("x-forwarded-host"), req.headers.get("host"), new URL(env.baseUrl).host];
  return hosts.some((h) => h?.split(",")[0].trim() === host);
}

/**
 * For write routes: a bearer token or the session cookie. Cookie-authenticated writes must come
 * from this site (Origin check), since the browser sends cookies cross-site for top-level forms.
 */
export async function requireApiUser(req: Request, role: Role): Promise<SessionUser> {
  const auth = req.headers.get("authorization");
  let user: SessionUser | undefined;
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const check = m ? await checkApiToken(m[1]) : undefined;
    if (!check?.ok) {
      const why =
        check?.reason === "revoked"
          ? "This API token was revoked"
          : check?.reason === "expired"
            ? "This API token has expired"
            : "Invalid API token";
      throw new HttpError(401, why);
    }
    user = check.user;
  } else {
    user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    if (req.method !== "GET" && !sameSite(req)) throw new ForbiddenError("Cross-site request refused", { key: "crossSite" });
  }
  if (!hasRole(user, role)) throw new ForbiddenError(`This needs the ${role} role`, { key: "needsRole", values: { role } });
  return user;
}
