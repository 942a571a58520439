import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/users/users";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";

const session = vi.hoisted(() => ({ user: undefined as SessionUser | undefined }));
vi.mock("./guards", () => ({ getSessionUser: async () => session.user }));
vi.mock("next-auth", () => ({ getServerSession: async () => null }));
const language = vi.hoisted(() => ({ locale: "en" as "en" | "ja" }));
vi.mock("@/i18n/request-locale", () => ({ requestLocale: async () => language.locale }));

const { adminAction, editorAction } = await import("./action");

const editor: SessionUser = { id: 1, email: "e@example.test", name: "", role: "editor", sessionVersion: 1 };
const admin: SessionUser = { id: 2, email: "a@example.test", name: "", role: "admin", sessionVersion: 1 };
const schema = z.object({ name: z.string().min(1, "Required") });

describe("guarded actions", () => {
  const body = vi.fn(async (_input: { name: string }, _user: SessionUser) => ({ ok: true as const }));
  beforeEach(() => {
    body.mockClear();
    session.user = undefined;
    language.locale = "en";
  });

  it("refuses a call without a session, before reading the input, and runs nothing", async () => {
    const action = editorAction(schema, body);
    expect(await action({ name: "x" })).toMatchObject({ ok: false, status: 401 });
    expect(await action("garbage")).toMatchObject({ ok: false, status: 401 });
    expect(body).not.toHaveBeenCalled();
  });

  it("returns the field errors in Japanese to an editor who chose Japanese; the schema stays English", async () => {
    session.user = admin;
    language.locale = "ja";
    const limited = z.object({ name: z.string().min(1, "Required"), tags: z.array(z.string()).max(1, "At most 1 items") });
    expect(await adminAction(limited, body)({ name: "", tags: ["a", "b"] })).toEqual({
      ok: false,
      status: 400,
      message: "入力内容に問題があります。",
      fieldErrors: { name: ["入力してください"], tags: ["1件までです"] },
    });
  });

  it("words a data rule's error in the editor's language, and in English for an English editor", async () => {
    session.user = editor;
    const clash = editorAction(schema, async () => {
      throw new InvalidInputError(
        "That slug is taken",
        { slug: 'Already used by "Baker"' },
        { message: { key: "slugClash" }, fields: { slug: { key: "slugTaken", values: { name: "Baker" } } } },
      );
    });
    language.locale = "ja";
    expect(await clash({ name: "x" })).toEqual({
      ok: false,
      status: 400,
      message: "このスラッグは使用済みです",
      fieldErrors: { slug: ["「Baker」で使用されています"] },
    });
    language.locale = "en";
    expect(await clash({ name: "x" })).toMatchObject({ message: "That slug is taken", fieldErrors: { slug: ['Already used by "Baker"'] } });
  });

  it("refuses an editor on an admin action", async () => {
    session.user = editor;
    expect(await adminAction(schema, body)({ name: "x" })).toMatchObject({ ok: false, status: 403 });
    expect(body).not.toHaveBeenCalled();
  });

  it("returns field errors for bad input without running the body", async () => {
    session.user = admin;
    expect(await adminAction(schema, body)({ name: "" })).toEqual({
      ok: false,
      status: 400,
      message: "Some fields need attention.",
      fieldErrors: { name: ["Required"] },
    });
    expect(body).not.toHaveBeenCalled();
  });

  it("runs the body with parsed input and the user; admins pass editor guards", async () => {
    session.user = admin;
    expect(await editorAction(schema, body)({ name: "x", extra: 1 })).toEqual({ ok: true });
    expect(body).toHaveBeenCalledWith({ name: "x" }, admin);
  });

  it("turns expected failures into values and rethrows the unexpected", async () => {
    session.user = editor;
    const fail = (e: Error) =>
      editorAction(schema, async () => {
        throw e;
      })({ name: "x" });
    expect(await fail(new InvalidInputError("bad", { name: "taken" }))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { name: ["taken"] },
    });
    expect(await fail(new ConflictError("stale", 412))).toMatchObject({ ok: false, status: 412, message: "stale" });
    await expect(fail(new Error("boom"))).rejects.toThrow("boom");
  });

  it("words conflicts, missing rows, refusals and an ended session in Japanese for a Japanese editor", async () => {
    language.locale = "ja";
    expect(await editorAction(schema, body)({ name: "x" })).toMatchObject({
      status: 401,
      message: "セッションが終了しました。もう一度ログインしてください。",
    });
    session.user = editor;
    expect(await adminAction(schema, body)({ name: "x" })).toMatchObject({ status: 403, message: "管理者の権限が必要です。" });
    const fail = (e: Error) =>
      editorAction(schema, async () => {
        throw e;
      })({ name: "x" });
    const stale = new ConflictError("This profile was changed meanwhile (now version 3, you loaded version 2).", 412, {
      key: "changedMeanwhile",
      values: { now: 3, loaded: 2 },
    });
    expect(await fail(stale)).toEqual({
      ok: false,
      status: 412,
      message: "このプロフィールは、読み込んだ後にほかの人が変更しました（現在の版 3、読み込んだ版 2）。",
    });
    expect(await fail(new NotFoundError("occupation"))).toMatchObject({ status: 404, message: "この職業プロフィールはもうありません" });
    expect(await fail(new NotFoundError("classification entry"))).toMatchObject({ message: "この分類はもうありません" });
    expect(await fail(new ForbiddenError())).toMatchObject({ status: 403, message: "この操作を行う権限がありません" });
    // English editors read the English words; the error's own text (what the API answers) is unchanged.
    language.locale = "en";
    expect(await fail(stale)).toMatchObject({ message: stale.message });
    expect(await fail(new NotFoundError("user"))).toMatchObject({ message: "This user no longer exists" });
  });
});
