import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { writeTransaction } from "@/db/index";
import { addAudit } from "@/lib/audit/log";
import { env } from "@/lib/env";
import { requestAddress } from "@/lib/http/client-address";
import { signInInput } from "@/lib/users/schema";
import { checkCredentials } from "@/lib/users/users";
import { logger } from "@/lib/log/logger";
import { signInLimits } from "./rate-limit";

/** A refusal whose message the sign-in page shows as it is. */
class SignInRefused extends Error {}

export const authOptions: NextAuthOptions = {
  secret: env.nextAuthSecret,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        // next-auth shows a thrown error's message on the sign-in page: only our refusals, never a database error.
        try {
          const parsed = signInInput.safeParse(credentials ?? {});
          if (!parsed.success) throw new SignInRefused("Enter your email and password.");
          const { email, password } = parsed.data;
          const address = requestAddress(req?.headers as Record<string, unknown> | undefined);
          const limited = async (wait: number) => {
            await writeTransaction((tx) => addAudit(tx, { actor: email, action: "signin.limited", detail: address }));
            logger.warn({ event: "signin.limited", email, address }, "sign-in rate limited");
            return new SignInRefused(`Too many failed sign-ins. Try again in ${Math.ceil(wait / 60_000)} minute(s).`);
          };
          const wait = Math.max(await signInLimits.account.retryAfter(email), await signInLimits.address.retryAfter(address));
          if (wait > 0) throw await limited(wait);
          // Count the try before hashing: parallel tries (on any instance) would all pass the check
          // above while the first ones hash. A success takes its count back.
          const accountTry = await signInLimits.account.fail(email);
          const addressTry = await signInLimits.address.fail(address);
          if (accountTry.wait || addressTry.wait) {
            if (!accountTry.wait) await signInLimits.account.forgive(accountTry.id);
            if (!addressTry.wait) await signInLimits.address.forgive(addressTry.id);
            throw await limited(Math.max(accountTry.wait, addressTry.wait));
          }
          const user = await checkCredentials(email, password);
          if (!user) {
            await writeTransaction((tx) => addAudit(tx, { actor: email, action: "signin.failed", detail: address }));
            logger.warn({ event: "signin.failed", email, address }, "sign-in failed");
            throw new SignInRefused("Wrong email or password.");
          }
          await signInLimits.account.reset(email);
          await signInLimits.address.forgive(addressTry.id);
          await writeTransaction((tx) => addAudit(tx, { userId: user.id, actor: email, action: "signin", detail: address }));
          logger.info({ event: "signin", userId: user.id, email, address }, "signed in");
          return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
        } catch (err) {
          if (err instanceof SignInRefused) throw err;
          logger.error({ err }, "sign-in failed with an error");
          throw new Error("Sign-in is not available right now. Try again in a moment.");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: string; sessionVersion: number };
        token.uid = Number(u.id);
        token.role = u.role;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid, role: token.role, sv: token.sv } } as typeof session;
    },
  },
};
