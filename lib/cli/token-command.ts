import { parseArgs } from "node:util";
import { createApiToken } from "@/lib/users/tokens";
import { getUserByEmail } from "@/lib/users/users";
import { UsageError } from "./usage-error";

export async function runToken(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw new UsageError(`token: unknown subcommand "${sub ?? ""}" (use: token create)`);
  const { values } = parseArgs({ args: rest, options: { email: { type: "string" } } });
  if (!values.email) throw new UsageError("token create: --email is required");
  const user = await getUserByEmail(values.email.trim().toLowerCase());
  if (!user) {
    process.stderr.write(`no active user with email ${values.email}\n`);
    return 1;
  }
  process.stdout.write(`${await createApiToken(user.id, "cli")}\n`);
  return 0;
}
