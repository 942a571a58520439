import { once } from "node:events";
import type { Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { UPLOAD_MAX_BODY_BYTES } from "@/lib/interchange/upload-limits";
import { parseTrustProxy, type TrustProxy } from "./client-address";
import { createFrontDoor, repairPath } from "./front-door";

/** A real front door around a handler that shows what the app behind it would see. */
async function start(trust: TrustProxy, timeouts?: Parameters<typeof createFrontDoor>[2]) {
  const server = createFrontDoor(
    async (req, res) => {
      for await (const _chunk of req);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ url: req.url, headers: req.headers }));
    },
    trust,
    timeouts,
  );
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

const spoofed = {
  "x-forwarded-for": "1.2.3.4",
  "x-real-ip": "5.6.7.8",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
};

describe("repairPath", () => {
  it("takes a segment with a malformed escape literally and leaves good ones alone", () => {
    expect(repairPath("/occupations/%ff")).toBe("/occupations/%25ff");
    expect(repairPath("/api/v1/occupations/%E0%A4%A?x=%ff")).toBe("/api/v1/occupations/%25E0%25A4%25A?x=%ff");
    expect(repairPath("/browse/%E5%8C%BB%E7%99%82/%zz")).toBe("/browse/%E5%8C%BB%E7%99%82/%25zz");
    expect(repairPath("/search?q=a%20b")).toBe("/search?q=a%20b");
  });
});

describe("front door", () => {
  it("replaces every forwarded header a client sends when no proxy is trusted", async () => {
    const base = await start({ kind: "off" });
    const seen = await (await fetch(`${base}/x`, { headers: spoofed })).json();
    expect(seen.headers).toMatchObject({
      "x-forwarded-for": "127.0.0.1",
      "x-real-ip": "127.0.0.1",
      "x-forwarded-host": new URL(base).host,
      "x-forwarded-proto": "http",
    });
    expect(seen.headers["x-forwarded-port"]).toBeUndefined();
  });

  it("passes a trusted proxy's forwarded values on", async () => {
    const base = await start(parseTrustProxy("loopback"));
    const seen = await (await fetch(`${base}/x`, { headers: spoofed })).json();
    expect(seen.headers).toMatchObject({ "x-forwarded-for": "1.2.3.4", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  });

  it("keeps a safe client request id and replaces an unsafe one", async () => {
    const base = await start({ kind: "off" });
    const kept = await fetch(`${base}/x`, { headers: { "x-request-id": "lb-42.a_b" } });
    expect(kept.headers.get("x-request-id")).toBe("lb-42.a_b");
    expect((await kept.json()).headers["x-request-id"]).toBe("lb-42.a_b");
    const replaced = await fetch(`${base}/x`, { headers: { "x-request-id": "x".repeat(200) } });
    const id = replaced.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await replaced.json()).headers["x-request-id"]).toBe(id);
  });

  it("keeps an idle connection open past Node's 5 s default, so a proxy reusing it is answered", async () => {
    const { port } = new URL(await start({ kind: "off" }));
    const socket = connect(Number(port), "127.0.0.1");
    await once(socket, "connect");
    let received = "";
    socket.on("data", (d) => (received += d.toString()));
    const ask = async () => {
      const before = (received.match(/HTTP\/1\.1 200/g) ?? []).length;
      socket.write("GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      await expect.poll(() => (received.match(/HTTP\/1\.1 200/g) ?? []).length, { timeout: 2000 }).toBe(before + 1);
    };
    await ask();
    await new Promise((r) => setTimeout(r, 8_000));
    expect(socket.destroyed).toBe(false);
    await ask();
    socket.destroy();
  }, 15_000);

  it("hands the app a path it can decode", async () => {
    const base = await start({ kind: "off" });
    const seen = await (await fetch(`${base}/occupations/%ff`)).json();
    expect(seen.url).toBe("/occupations/%25ff");
    expect(decodeURIComponent(seen.url)).toBe("/occupations/%ff");
  });

  it("refuses a cross-origin server action with 403 JSON and the security headers", async () => {
    const base = await start({ kind: "off" });
    const cross = await fetch(`${base}/admin/import`, {
      method: "POST",
      headers: { "next-action": "abc", origin: "https://evil.example" },
      body: "[]",
    });
    expect(cross.status).toBe(403);
    expect(await cross.json()).toEqual({ error: { message: "Cross-site request refused" } });
    expect(cross.headers.get("x-content-type-options")).toBe("nosniff");
    expect(cross.headers.get("content-security-policy")).toContain("default-src 'none'");
    // A forged X-Forwarded-Host does not make the evil origin look like this site.
    const forged = await fetch(`${base}/admin/import`, {
      method: "POST",
      headers: { "next-action": "abc", origin: "https://evil.example", "x-forwarded-host": "evil.example" },
      body: "[]",
    });
    expect(forged.status).toBe(403);
    const same = await fetch(`${base}/admin/import`, { method: "POST", headers: { "next-action": "abc", origin: base }, body: "[]" });
    expect(same.status).toBe(200);
  });

  it("answers 413 to a body larger than any the app reads, before reading it", async () => {
    const base = await start({ kind: "off" });
    const { port } = new URL(base);
    const socket = connect(Number(port), "127.0.0.1");
    socket.write(`POST /admin/import HTTP/1.1\r\nHost: x\r\nContent-Length: ${UPLOAD_MAX_BODY_BYTES + 1}\r\n\r\n`);
    const [data] = await once(socket, "data");
    expect(String(data)).toMatch(/^HTTP\/1\.1 413/);
    socket.destroy();
  });

  it("ends requests whose headers or body stall", async () => {
    const base = await start({ kind: "off" }, { headersMs: 300, requestMs: 600, checkEveryMs: 50 });
    const { port } = new URL(base);
    const stalled = async (text: string) => {
      const started = Date.now();
      const socket = connect(Number(port), "127.0.0.1");
      socket.write(text);
      let answer = "";
      socket.on("data", (d) => (answer += String(d)));
      await once(socket, "close");
      return { ms: Date.now() - started, answer };
    };
    const headers = await stalled("GET / HTTP/1.1\r\nHost: x\r\n");
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeLessThan(2_000);
    const body = await stalled("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part");
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeGreaterThanOrEqual(500);
    expect(body.ms).toBeLessThan(3_000);
  });
});
