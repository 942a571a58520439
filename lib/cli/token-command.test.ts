import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@/test/cli";

describe("catalog token create / list / revoke", () => {
  it("creates, lists without the secret, and revokes", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "catalog-token-")), "catalog.db");
    expect(
      runCli(file, ["user", "add", "--email", "ci@example.test", "--role", "editor", "--password", "a-long-enough-pass-1"]).status,
    ).toBe(0);

    const created = runCli(file, ["token", "create", "--email", "ci@example.test", "--name", "CI import", "--expires", "30d"]);
    expect(created.status, created.stderr).toBe(0);
    const token = created.stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^oct_[\w-]{32}$/);
    expect(created.stderr).toMatch(/^token \d+ for ci@example\.test \("CI import"\), expires \d{4}-/);

    const listed = runCli(file, ["token", "list", "--email", "ci@example.test"]);
    expect(listed.status).toBe(0);
    const lines = listed.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const [id, email, name, created_, lastUsed, expires] = lines[0].split("\t");
    expect({ id, email, name, lastUsed }).toEqual({
      id: expect.stringMatching(/^\d+$/),
      email: "ci@example.test",
      name: "CI import",
      lastUsed: "never",
    });
    expect(Date.parse(expires) - Date.parse(created_)).toBe(30 * 86_400_000);
    expect(listed.stdout).not.toContain(token.slice(4));

    const revoked = runCli(file, ["token", "revoke", id]);
    expect(revoked.status, revoked.stderr).toBe(0);
    expect(revoked.stdout).toBe(`revoked token ${id} of ci@example.test ("CI import")\n`);
    expect(runCli(file, ["token", "list"]).stdout).toBe("");
    expect(runCli(file, ["token", "revoke", id])).toMatchObject({ status: 1, stderr: `no active token with id ${id}\n` });
    expect(runCli(file, ["token", "create", "--email", "ci@example.test", "--expires", "0d"]).status).toBe(2);
  }, 120_000); // seven real CLI runs (tsx start-up each)
});
