import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { userInput } from "@/lib/users/schema";
import { createUser } from "@/lib/users/users";
import { ConflictError } from "@/lib/errors";
import { env } from "@/lib/env";
import { UsageError } from "./usage-error";

async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError("user add: give --password, set CATALOG_PASSWORD, or run in a terminal to be asked");
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

export async function runUser(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "add") throw new UsageError(`user: unknown subcommand "${sub ?? ""}" (use: user add)`);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  });
  if (!values.email || !values.role) throw new UsageError("user add: --email and --role are required");
  const password = values.password ?? env.cliPassword ?? (await prompt("Password: "));
  const parsed = userInput.safeParse({ email: values.email, role: values.role, name: values.name ?? "", password });
  if (!parsed.success) {
    for (const i of parsed.error.issues) process.stderr.write(`${i.path.join(".")}: ${i.message}\n`);
    return 1;
  }
  try {
    const user = await createUser(parsed.data);
    process.stdout.write(`created ${user.role} ${user.email}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ConflictError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
