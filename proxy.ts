import { withAuth } from "next-auth/middleware";
import { env } from "@/lib/env";

// Only an early redirect of anonymous visitors to /login; every admin page, action and route
// checks the session and role itself (lib/auth/guards.ts).
export default withAuth({
  secret: env.nextAuthSecret,
  pages: { signIn: "/login" },
});

export const config = { matcher: ["/admin", "/admin/:path*"] };
