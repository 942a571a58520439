import { apiToken, profileBody } from "./api-helpers";
import { EDITOR, expect, test } from "./fixtures";

test.describe("the write API refuses what it cannot keep", () => {
  test("unknown keys 400 with their path, non-JSON 415, invalid UTF-8 and control characters 400, nothing stored", async ({ request }) => {
    const auth = { Authorization: `Bearer ${apiToken(EDITOR)}` };
    const post = (data: unknown, headers: Record<string, string> = {}) =>
      request.post("/api/v1/occupations", { headers: { ...auth, ...headers }, data: data as object });

    const unknown = await post(
      profileBody("Strict Unknown Key", { sumary: "typo", classification: { major: "M", middle: "m", minor: "n", extra: 1 } }),
    );
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error.fields).toEqual({ sumary: "Unknown key", "classification.extra": "Unknown key" });

    const form = await request.post("/api/v1/occupations", { headers: auth, form: { name: "Strict Form Body" } });
    expect(form.status()).toBe(415);
    expect((await form.json()).error.message).toMatch(/application\/json/);
    const text = await post(Buffer.from(JSON.stringify(profileBody("Strict Text Body"))), { "Content-Type": "text/plain" });
    expect(text.status()).toBe(415);

    const json = JSON.stringify(profileBody("Strict Bad Bytes XX"));
    const at = json.indexOf("XX");
    const badBytes = Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.from([0xc3, 0x28]), Buffer.from(json.slice(at + 2))]);
    const invalidUtf8 = await post(badBytes, { "Content-Type": "application/json" });
    expect(invalidUtf8.status()).toBe(400);
    expect((await invalidUtf8.json()).error.message).toBe("Request body is not valid UTF-8");

    const lone = await post(Buffer.from(JSON.stringify(profileBody("Strict Lone")).replace("Strict Lone", "Strict Lone \\ud800")), {
      "Content-Type": "application/json",
    });
    expect(lone.status()).toBe(400);
    expect((await lone.json()).error.fields.name).toMatch(/lone surrogate/);

    const control = await post(
      profileBody("Strict \u0000 Nul", {
        summary: "Fine.",
        aliases: ["ok", "evil\u202Egnp.exe"],
        description: "tabs\tand\nnewlines are fine",
      }),
    );
    expect(control.status()).toBe(400);
    expect((await control.json()).error.fields).toEqual({
      name: "Contains a control character (U+0000)",
      "aliases.1": "Contains a bidirectional-override character (U+202E)",
    });

    const script = await post(profileBody("Strict Script Source", { source: { name: "Click", url: "javascript:alert(1)" } }));
    expect(script.status()).toBe(400);
    expect((await script.json()).error.fields).toEqual({ "source.url": "Use an http:// or https:// address" });

    for (const slug of [
      "strict-unknown-key",
      "strict-form-body",
      "strict-text-body",
      "strict-bad-bytes-xx",
      "strict-lone",
      "strict-script-source",
    ]) {
      expect((await request.get(`/api/v1/occupations/${slug}?draft=1`, { headers: auth })).status(), slug).toBe(404);
    }
  });
});
