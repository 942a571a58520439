import { describe, expect, it } from "vitest";
import { ifMatchVersion, queryFlag, readJsonBody } from "./body";

const req = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://x.test/api/v1/occupations?publish=1", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    ...(body ? { duplex: "half" } : {}),
  } as RequestInit);

describe("request bodies", () => {
  it("parses JSON and refuses malformed or empty bodies with 400", async () => {
    expect(await readJsonBody(req('{"a":1}'))).toEqual({ a: 1 });
    await expect(readJsonBody(req("{nope"))).rejects.toMatchObject({ status: 400, message: /Malformed JSON/ });
    await expect(readJsonBody(req(null))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(req("  "))).rejects.toMatchObject({ status: 400 });
  });

  it("refuses a body not declared as JSON with 415", async () => {
    await expect(readJsonBody(req('{"a":1}', { "content-type": "text/plain" }))).rejects.toMatchObject({ status: 415 });
    await expect(readJsonBody(req('{"a":1}', { "content-type": "application/x-www-form-urlencoded" }))).rejects.toMatchObject({ status: 415 });
    expect(await readJsonBody(req('{"a":1}', { "content-type": "application/json; charset=utf-8" }))).toEqual({ a: 1 });
    expect(await readJsonBody(req('{"a":1}', { "content-type": "application/merge-patch+json" }))).toEqual({ a: 1 });
  });

  it("refuses invalid UTF-8 with 400 instead of storing replacement characters", async () => {
    const bytes = Buffer.concat([Buffer.from('{"name":"Bad '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    await expect(readJsonBody(req(bytes))).rejects.toMatchObject({ status: 400, message: /UTF-8/ });
  });

  it("refuses an oversize body with 413, declared or streamed", async () => {
    await expect(readJsonBody(req("{}", { "content-length": "2000000" }))).rejects.toMatchObject({ status: 413 });
    const big = JSON.stringify({ s: "x".repeat(200) });
    await expect(readJsonBody(req(big), 100)).rejects.toMatchObject({ status: 413 });
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } });
    await expect(readJsonBody(req(stream), 100)).rejects.toMatchObject({ status: 413 });
  });

  it("reads If-Match as a version: 428 when missing, -1 when not a version", () => {
    const h = (v?: string) => new Request("http://x.test/", { headers: v === undefined ? {} : { "if-match": v } });
    expect(() => ifMatchVersion(h())).toThrow(expect.objectContaining({ status: 428 }));
    expect(ifMatchVersion(h('"3"'))).toBe(3);
    expect(ifMatchVersion(h('W/"12"'))).toBe(12);
    expect(ifMatchVersion(h("7"))).toBe(7);
    expect(ifMatchVersion(h("*"))).toBe(-1);
    expect(ifMatchVersion(h('"abc"'))).toBe(-1);
  });

  it("reads query flags", () => {
    expect(queryFlag(req(null), "publish")).toBe(true);
    expect(queryFlag(new Request("http://x.test/?publish=0"), "publish")).toBe(false);
    expect(queryFlag(new Request("http://x.test/?publish"), "publish")).toBe(true);
    expect(queryFlag(new Request("http://x.test/"), "publish")).toBe(false);
  });
});
