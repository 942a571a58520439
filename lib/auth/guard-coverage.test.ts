import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSource, sourceFiles } from "./guard-coverage";

const root = path.resolve(import.meta.dirname, "../..");

describe("every server entry point checks session and role", () => {
  const files = sourceFiles(root, ["app", "lib"]);
  const read = (f: string) => fs.readFileSync(path.join(root, f), "utf8");

  it("server actions, write routes and admin pages in this repository all call their guard", () => {
    const violations = files.flatMap((f) => checkSource(f, read(f)));
    expect(violations.map((v) => `${v.file}:${v.line}: ${v.message}`)).toEqual([]);
  });

  it("finds the entry points it is meant to check (the scan is not vacuous)", () => {
    const actionFiles = files.filter((f) => /^\s*["']use server["']/.test(read(f)));
    expect(actionFiles.length).toBeGreaterThanOrEqual(8);
    expect(files).toContain("app/api/v1/occupations/[slug]/route.ts");
    expect(files).toContain("app/(admin)/admin/users/page.tsx");
  });
});

describe("checkSource", () => {
  const actions = (body: string) => `"use server";\nimport { editorAction, adminAction } from "@/lib/auth/action";\n${body}`;

  it("accepts actions built with editorAction/adminAction, and type exports", () => {
    const src = actions(`
      import { z } from "zod";
      export type Result = { ok: boolean };
      export const save = editorAction(z.object({}), async () => ({ ok: true }));
      const remove = adminAction(z.object({}), async () => ({ ok: true }));
      export { remove };
    `);
    expect(checkSource("app/(admin)/admin/x/actions.ts", src)).toEqual([]);
  });

  it("reports a server action that skips the wrapper, in each way it can be written", () => {
    const src = actions(`
      export async function bare(input: unknown) { return input; }
      export const arrow = async () => 1;
      const local = async () => 2;
      export { local as renamed };
      export default async function fallback() {}
      export { other } from "./other";
    `);
    const found = checkSource("app/(admin)/admin/x/actions.ts", src).map((v) => [v.line, v.message.match(/"([^"]+)"/)?.[1]]);
    expect(found).toEqual([
      [4, "bare"],
      [5, "arrow"],
      [7, "renamed"],
      [8, "default"],
      [9, "other"],
    ]);
  });

  it("does not accept a wrapper of the same name from elsewhere", () => {
    const src = `"use server";\nimport { editorAction } from "./my-own";\nexport const a = editorAction(null, async () => 1);`;
    expect(checkSource("lib/x/actions.ts", src)).toHaveLength(1);
  });

  it("reports inline server actions", () => {
    const src = `export default function Page() {\n  async function act() {\n    "use server";\n  }\n  return act;\n}`;
    expect(checkSource("app/(public)/page.tsx", src)).toMatchObject([{ line: 2, message: expect.stringContaining("inline") }]);
  });

  const route = (body: string) =>
    `import { requireApiUser } from "@/lib/auth/guards";\nimport { handle } from "@/lib/http/handle";\nimport { methodNotAllowed } from "@/lib/http/body";\n${body}`;

  it("accepts write handlers that call requireApiUser first, and 405 handlers", () => {
    const src = route(`
      export const POST = handle(async (req: Request) => { const user = await requireApiUser(req, "editor"); return Response.json(user); });
      export async function PUT(req: Request) { await requireApiUser(req, "admin"); return new Response(null); }
      export const GET = handle(async () => Response.json([]));
      const notAllowed = methodNotAllowed(["POST", "PUT"]);
      export { notAllowed as PATCH, notAllowed as DELETE };
    `);
    expect(checkSource("app/api/v1/things/route.ts", src)).toEqual([]);
  });

  it("reports write handlers without the guard, or with it only in a branch", () => {
    const src = route(`
      export const POST = handle(async (req: Request) => Response.json(await req.json()));
      export async function PUT(req: Request) { if (req.headers.get("x")) await requireApiUser(req, "editor"); return new Response(null); }
      async function del() { return new Response(null, { status: 204 }); }
      export { del as DELETE };
    `);
    const found = checkSource("app/api/v1/things/route.ts", src).map((v) => v.message.split(" ")[0]);
    expect(found).toEqual(["POST", "PUT", "DELETE"]);
  });

  it("reports an admin page that relies on its layout for the check", () => {
    const guarded = `import { requireAdmin } from "@/lib/auth/guards";\nexport default async function P() { await requireAdmin(); return null; }`;
    const open = `export default async function P() { return null; }`;
    expect(checkSource("app/(admin)/admin/x/page.tsx", guarded)).toEqual([]);
    expect(checkSource("app/(admin)/admin/x/page.tsx", open)).toHaveLength(1);
  });
});
