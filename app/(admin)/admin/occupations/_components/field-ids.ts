import { useTranslations } from "next-intl";
import type messages from "@/messages/en.json";
import { get, type FieldErrors } from "react-hook-form";

type FormKey = "level.major" | "level.middle" | "level.minor" | Exclude<keyof (typeof messages)["Admin"]["Form"], "level">;

/** The DOM id of the control for a form path such as "aliases.2" or "relatedJobs.0.name". */
export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

/** The message for a path: its own, or a list's (array-level errors live under `root`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const e = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  if (!e) return undefined;
  if (typeof e.message === "string" && e.message) return e.message;
  if (e.root && typeof e.root.message === "string") return e.root.message;
  return undefined;
}

/** Every error message with its path, in form order, for the error summary. */
export function flattenErrors(errors: FieldErrors, prefix = ""): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || key === "ref" || key === "type" || key === "types") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown };
    if (typeof v.message === "string" && v.message) out.push({ path, message: v.message });
    else if (typeof value === "object") out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
}

// Message keys (Admin.Form) of the labels, for the error summary.
const LABELS: Record<string, FormKey> = {
  name: "name",
  reading: "reading",
  slug: "slug",
  summary: "summary",
  description: "description",
  futureOutlook: "futureOutlook",
  workStyle: "workStyle",
  message: "changeNote",
  "classification.major": "level.major",
  "classification.middle": "level.middle",
  "classification.minor": "level.minor",
  personalityTraits: "trait",
  requiredSkills: "requiredSkill",
  recommendedSkills: "recommendedSkill",
  aliases: "alias",
  careerPath: "careerPathStep",
  relatedJobs: "relatedJob",
  "aptitudes.strengths": "strength",
  "aptitudes.weaknesses": "weakness",
};

/** A person's name for a form path, for the error summary: "aliases.1" → "Alias 2". */
export function useFieldLabel(): (path: string) => string {
  const t = useTranslations("Admin.Form");
  return (path) => {
    if (LABELS[path]) return t(LABELS[path]);
    const m = /^(.*?)\.(\d+)(?:\.(item|reason|name))?$/.exec(path);
    if (!m || !LABELS[m[1]]) return path;
    const values = { what: t(LABELS[m[1]]), n: Number(m[2]) + 1 };
    return t(m[3] === "item" ? "itemLabel" : m[3] === "reason" ? "whyLabel" : "numbered", values);
  };
}
