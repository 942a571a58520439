import { describe, expect, it } from "vitest";
import { errorResponse } from "./handle";

describe("errorResponse", () => {
  it("answers 503 with a JSON message and Retry-After when PostgreSQL cannot be reached (also wrapped by Drizzle)", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    for (const e of [refused, new Error("Failed query: update …", { cause: refused }), new Error("Connection terminated unexpectedly")]) {
      const res = errorResponse(e);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toEqual({ error: { message: "The database is unavailable right now; try again shortly" } });
    }
  });

  it("keeps any other unexpected error a 500 without details", async () => {
    const res = errorResponse(new Error("column x does not exist"));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { message: "Internal error" } });
  });
});
