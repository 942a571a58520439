import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientView, parseTrustProxy, requestAddress, type TrustProxy } from "./client-address";

function request(remoteAddress: string, headers: Record<string, string>) {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
  return { socket, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) };
}

const off: TrustProxy = { kind: "off" };

describe("parseTrustProxy", () => {
  it("is off unless set", () => {
    for (const v of [undefined, "", " ", "off", "false", "0"]) expect(parseTrustProxy(v)).toEqual(off);
  });
  it("reads a hop count or a list of addresses and subnets", () => {
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustProxy("10.0.0.1, 192.168.0.0/16,loopback")).toEqual({
      kind: "list",
      list: ["10.0.0.1", "192.168.0.0/16", "loopback"],
    });
  });
  it("refuses what is not an address", () => {
    expect(() => parseTrustProxy("proxy.example.com")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.1,nonsense")).toThrow(/TRUST_PROXY/);
  });
});

describe("clientView", () => {
  const spoofed = { "X-Forwarded-For": "1.2.3.4", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", Host: "catalog.test" };

  it("believes only the socket when no proxy is trusted", () => {
    expect(clientView(request("203.0.113.9", spoofed), off)).toEqual({ address: "203.0.113.9", host: "catalog.test", proto: "http" });
  });

  it("shows an IPv4 peer of a dual-stack socket as IPv4", () => {
    expect(clientView(request("::ffff:127.0.0.1", {}), off).address).toBe("127.0.0.1");
  });

  it("walks the chain through trusted hops only", () => {
    const chain = { ...spoofed, "X-Forwarded-For": "6.6.6.6, 198.51.100.7, 10.0.0.2" };
    expect(clientView(request("10.0.0.1", chain), parseTrustProxy("1")).address).toBe("10.0.0.2");
    expect(clientView(request("10.0.0.1", chain), parseTrustProxy("2")).address).toBe("198.51.100.7");
    expect(clientView(request("10.0.0.1", chain), parseTrustProxy("10.0.0.0/8")).address).toBe("198.51.100.7");
    // A peer outside the list is the client, whatever it forwards.
    expect(clientView(request("203.0.113.9", chain), parseTrustProxy("10.0.0.0/8"))).toMatchObject({
      address: "203.0.113.9",
      host: "catalog.test",
      proto: "http",
    });
  });

  it("takes host and scheme from a trusted proxy, the nearest value first", () => {
    const view = clientView(
      request("127.0.0.1", { ...spoofed, "X-Forwarded-Host": "evil.example, catalog.example", "X-Forwarded-Proto": "http, https" }),
      parseTrustProxy("loopback"),
    );
    expect(view).toEqual({ address: "1.2.3.4", host: "catalog.example", proto: "https" });
  });

  it("never returns a forwarded value that is not an address", () => {
    const view = clientView(request("10.0.0.1", { "X-Forwarded-For": "<script>, not-an-ip" }), parseTrustProxy("3"));
    expect(view.address).toBe("10.0.0.1");
  });
});

describe("requestAddress", () => {
  it("reads the address the front door resolved", () => {
    expect(requestAddress(new Headers({ "x-forwarded-for": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(requestAddress({ "x-forwarded-for": "::1" })).toBe("::1");
    expect(requestAddress(undefined)).toBe("unknown");
  });
});
