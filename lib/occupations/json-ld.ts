import type { Profile } from "./schema";

/** schema.org Occupation for a profile. */
export function occupationJsonLd(p: Profile, baseUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: p.name,
    alternateName: [p.reading, ...p.aliases].filter(Boolean),
    description: p.summary || p.description,
    occupationalCategory: [p.classification.major, p.classification.middle, p.classification.minor].join(" > "),
    skills: [...p.requiredSkills, ...p.recommendedSkills].join(", "),
    qualifications: p.requiredSkills.join(", ") || undefined,
    url: `${baseUrl}/occupations/${p.slug}`,
  };
}

/** JSON for a <script> element: `<`, `>` and `&` escaped so no text can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
