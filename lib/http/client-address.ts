import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Which peers may speak for the client in `X-Forwarded-*` / `X-Real-IP` (the `TRUST_PROXY`
 * setting): nobody (the default), the nearest N hops, or peers whose address is in a list of
 * addresses and subnets (`10.0.0.0/8`, and proxy-addr's names `loopback`, `linklocal`, `uniquelocal`).
 */
export type TrustProxy = { kind: "off" } | { kind: "hops"; hops: number } | { kind: "list"; list: string[] };

/** `TRUST_PROXY` as written by the operator; throws with a readable message on a bad value. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? "").trim();
  if (v === "" || /^(off|false|no|0)$/i.test(v)) return { kind: "off" };
  if (/^\d+$/.test(v)) return { kind: "hops", hops: Number(v) };
  const list = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    proxyaddr.compile(list);
  } catch (e) {
    throw new Error(
      `TRUST_PROXY: ${e instanceof Error ? e.message : String(e)} (a hop count, or a comma-separated list of proxy addresses or subnets)`,
    );
  }
  return { kind: "list", list };
}

type TrustFn = (address: string, hop: number) => boolean;

function trustFunction(trust: TrustProxy): TrustFn {
  if (trust.kind === "off") return () => false;
  if (trust.kind === "hops") return (_address, hop) => hop < trust.hops;
  return proxyaddr.compile(trust.list);
}

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) reads better, and compares equal, as `127.0.0.1`. */
function plainAddress(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1] : address;
}

function lastValue(header: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(header) ? header.join(",") : header;
  const values = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return values.at(-1);
}

export type ClientView = {
  /** The client's address: the socket peer, or the nearest untrusted address in X-Forwarded-For. */
  address: string;
  /** The host the client asked for: Host, or X-Forwarded-Host when the peer is a trusted proxy. */
  host: string | undefined;
  proto: "http" | "https";
};

/**
 * What may be believed about a request's client. Untrusted, only the socket counts; with
 * TRUST_PROXY the X-Forwarded-For chain is walked from the socket outwards while each hop is
 * trusted (an entry that is not an address stops the walk at the proxy that sent it), and
 * X-Forwarded-Host/-Proto are taken from the nearest proxy (the last value) when the peer is trusted.
 */
export function clientView(req: Pick<IncomingMessage, "headers" | "socket">, trust: TrustProxy): ClientView {
  const fn = trustFunction(trust);
  const socketAddress = req.socket.remoteAddress ?? "unknown";
  const chain = proxyaddr.all(req as IncomingMessage, fn);
  let address = socketAddress;
  for (const candidate of chain) {
    if (!isIP(candidate)) break;
    address = candidate;
  }
  const encrypted = "encrypted" in req.socket && Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const peerTrusted = fn(socketAddress, 0);
  const forwardedHost = peerTrusted ? lastValue(req.headers["x-forwarded-host"]) : undefined;
  const forwardedProto = peerTrusted ? lastValue(req.headers["x-forwarded-proto"])?.toLowerCase() : undefined;
  return {
    address: plainAddress(address),
    host: forwardedHost ?? req.headers.host,
    proto: forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : encrypted ? "https" : "http",
  };
}

/**
 * The client's address inside the app. The front door (scripts/serve.ts) replaces the client's
 * X-Forwarded-For with the one address it resolved, so this is never a value the client chose.
 */
export function requestAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  return typeof value === "string" && value ? value : "unknown";
}
