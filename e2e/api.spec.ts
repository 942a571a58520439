import { apiToken, createViaApi, profileBody } from "./api-helpers";
import { EDITOR, expect, test } from "./fixtures";

test.describe("write API", () => {
  test("round trip with a token: POST → PUT with If-Match → stale PUT 412 → DELETE", async ({ request }) => {
    const auth = { Authorization: `Bearer ${apiToken(EDITOR)}` };
    const created = await request.post("/api/v1/occupations", { headers: auth, data: profileBody("Api Round Trip Worker") });
    expect(created.status()).toBe(201);
    expect(created.headers()["etag"]).toMatch(/^"1-[^"]+"$/);
    expect(created.headers()["location"]).toBe("/api/v1/occupations/api-round-trip-worker");
    const body = await created.json();
    expect(body).toMatchObject({ slug: "api-round-trip-worker", status: "draft", version: 1, name: "Api Round Trip Worker" });

    // a draft is not public; an editor may read it with ?draft=1
    expect((await request.get("/api/v1/occupations/api-round-trip-worker")).status()).toBe(404);
    const draft = await request.get("/api/v1/occupations/api-round-trip-worker?draft=1", { headers: auth });
    expect(draft.status()).toBe(200);
    expect((await request.get("/api/v1/occupations/api-round-trip-worker?draft=1")).status()).toBe(401);

    const put = await request.put("/api/v1/occupations/api-round-trip-worker?publish=1", {
      headers: { ...auth, "If-Match": '"1"' },
      data: { ...body, summary: "Changed over the API." },
    });
    expect(put.status(), await put.text()).toBe(200);
    expect(put.headers()["etag"]).toMatch(/^"2-[^"]+"$/);
    expect(await put.json()).toMatchObject({ status: "published", version: 2, summary: "Changed over the API." });
    // The public ETag changes with the JSON (a tier rename changes it too), and If-Match accepts it.
    const pub = await request.get("/api/v1/occupations/api-round-trip-worker");
    const publicEtag = pub.headers()["etag"];
    expect(publicEtag).toMatch(/^"2-[^"]+"$/);
    expect((await pub.json()).summary).toBe("Changed over the API.");

    const stale = await request.put("/api/v1/occupations/api-round-trip-worker", { headers: { ...auth, "If-Match": '"1"' }, data: body });
    expect(stale.status()).toBe(412);
    expect((await stale.json()).error.message).toMatch(/changed meanwhile/);
    const missing = await request.put("/api/v1/occupations/api-round-trip-worker", { headers: auth, data: body });
    expect(missing.status()).toBe(428);
    expect((await request.delete("/api/v1/occupations/api-round-trip-worker", { headers: auth })).status()).toBe(428);

    const del = await request.delete("/api/v1/occupations/api-round-trip-worker", { headers: { ...auth, "If-Match": publicEtag } });
    expect(del.status()).toBe(204);
    expect((await request.get("/api/v1/occupations/api-round-trip-worker")).status()).toBe(404);
    expect(
      (await request.put("/api/v1/occupations/api-round-trip-worker", { headers: { ...auth, "If-Match": '"3"' }, data: body })).status(),
    ).toBe(404);
  });

  test("bad input is a 400 with per-field errors, never a 500", async ({ request }) => {
    const auth = { Authorization: `Bearer ${apiToken(EDITOR)}` };
    const invalid = await request.post("/api/v1/occupations", {
      headers: auth,
      data: profileBody("", { reading: "latin", requiredSkills: ["ok", ""], classification: { major: "M", middle: "", minor: "m" } }),
    });
    expect(invalid.status()).toBe(400);
    const { error } = await invalid.json();
    expect(error.message).toBeTruthy();
    expect(error.fields).toMatchObject({
      name: "Required",
      reading: expect.any(String),
      "requiredSkills.1": "Required",
      "classification.middle": "Required",
    });

    const malformed = await request.post("/api/v1/occupations", {
      headers: { ...auth, "Content-Type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/Malformed JSON/);

    const big = await request.post("/api/v1/occupations", {
      headers: auth,
      data: profileBody("Big", { description: "x".repeat(1_100_000) }),
    });
    expect(big.status()).toBe(413);
    expect((await big.json()).error.message).toMatch(/larger than/);

    const wrongShape = await request.post("/api/v1/occupations", { headers: auth, data: [1, 2] });
    expect(wrongShape.status()).toBe(400);

    const taken = await createViaApi(request, auth.Authorization.slice(7), "Api Slug Clash");
    const clash = await request.post("/api/v1/occupations", { headers: auth, data: profileBody("Other", { slug: taken.slug }) });
    expect(clash.status()).toBe(400);
    expect((await clash.json()).error.fields.slug).toMatch(/Already used/);

    const patch = await request.patch("/api/v1/occupations/baker", { headers: auth, data: {} });
    expect(patch.status()).toBe(405);
    expect(patch.headers()["allow"]).toBe("GET, PUT, DELETE");
    expect((await patch.json()).error.message).toMatch(/not allowed/);
    expect((await request.get("/api/v1/occupations")).status()).toBe(405);
  });
});
