import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, writeTransaction } from "@/db/index";
import { auditLog } from "@/db/schema";

const probes = (action: string) => db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, action));

/** A promise and the function that settles it, to hold a transaction open at a chosen point. */
function gate() {
  let open!: () => void;
  const closed = new Promise<void>((r) => (open = r));
  return { open, closed };
}

describe("async write transactions", () => {
  it("a reader (another request) never sees rows of a transaction still open, and sees them once it commits", async () => {
    const inserted = gate();
    const release = gate();
    const tx = writeTransaction(async (tx) => {
      await tx.insert(auditLog).values({ actor: "test", action: "probe.open" });
      inserted.open();
      await release.closed;
    });
    await inserted.closed;
    expect(await probes("probe.open")).toHaveLength(0);
    release.open();
    await tx;
    expect(await probes("probe.open")).toHaveLength(1);
  });

  it("runs writers one after another, and rolls back all of a transaction that throws", async () => {
    const order: string[] = [];
    const release = gate();
    const first = writeTransaction(async (tx) => {
      order.push("first start");
      await release.closed;
      await tx.insert(auditLog).values({ actor: "test", action: "probe.first" });
      order.push("first end");
    });
    const second = writeTransaction(async (tx) => {
      order.push("second start");
      await tx.insert(auditLog).values({ actor: "test", action: "probe.second" });
      throw new Error("changed my mind");
    });
    await new Promise((r) => setTimeout(r, 20));
    release.open();
    await first;
    await expect(second).rejects.toThrow("changed my mind");
    expect(order).toEqual(["first start", "first end", "second start"]);
    expect(await probes("probe.first")).toHaveLength(1);
    expect(await probes("probe.second")).toHaveLength(0);
  });

  it("nests without waiting for itself: an inner failure undoes the inner writes only", async () => {
    await writeTransaction(async (tx) => {
      await tx.insert(auditLog).values({ actor: "test", action: "probe.outer" });
      await expect(
        writeTransaction(async (inner) => {
          await inner.insert(auditLog).values({ actor: "test", action: "probe.inner" });
          throw new Error("inner fails");
        }),
      ).rejects.toThrow("inner fails");
    });
    expect(await probes("probe.outer")).toHaveLength(1);
    expect(await probes("probe.inner")).toHaveLength(0);
  });

  it("the reading connection refuses writes, so none can bypass the write lock", async () => {
    await expect(db.insert(auditLog).values({ actor: "test", action: "probe.reader" })).rejects.toThrow(/readonly/);
  });
});
