import { expect, type APIRequestContext } from "@playwright/test";
import { catalogCli, type Account } from "./fixtures";

/** A fresh API token for an account, through the real CLI. */
export function apiToken(a: Pick<Account, "email">): string {
  const r = catalogCli(["token", "create", "--email", a.email]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** A minimal valid profile for the write API. */
export function profileBody(name: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    reading: "",
    classification: { major: "E2E Major", middle: "E2E Middle", minor: "E2E Minor" },
    summary: `Summary of ${name}.`,
    description: "",
    futureOutlook: "",
    personalityTraits: [],
    workStyle: "",
    careerPath: [],
    requiredSkills: ["Testing"],
    recommendedSkills: [],
    aptitudes: { strengths: [], weaknesses: [] },
    aliases: [],
    relatedJobs: [],
    ...extra,
  };
}

export async function createViaApi(request: APIRequestContext, token: string, name: string) {
  const res = await request.post("/api/v1/occupations", { headers: { Authorization: `Bearer ${token}` }, data: profileBody(name) });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { slug: string; version: number };
}
