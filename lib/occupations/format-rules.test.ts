import { describe, expect, it } from "vitest";
import { listItemProblem } from "./format-rules";

describe("list items a card joins with ' / '", () => {
  it("refuses a separator inside, and a slash at either end next to a space (it would merge with the separator)", () => {
    expect(listItemProblem("Baker / Chef")).toBeDefined();
    expect(listItemProblem("Baker  /")).toBeDefined(); // written "Baker  / / Chef", read back as "Baker", "/ Chef"
    expect(listItemProblem("/ Chef")).toBeDefined();
    expect(listItemProblem("/")).toBeDefined();
    expect(listItemProblem("TCP/IP")).toBeUndefined();
    expect(listItemProblem("and/or")).toBeUndefined();
  });
});
