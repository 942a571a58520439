/** Headings of the profile card, in the order a card lists them. */
export const HEADINGS = [
  "Industry & Occupation",
  "Classification",
  "Summary",
  "Description",
  "Future Outlook",
  "Personality Traits",
  "Work Style",
  "Career Path",
  "Required Skills",
  "Recommended Skills",
  "Aptitudes (Strengths Preferred)",
  "Aptitudes (Weaknesses Acceptable)",
  "Aliases",
  "Related Jobs",
  // Only when the slug is not the one the name gives (a custom slug, or one disambiguated): a card
  // then brings its profile back under the same URL, and an export sorted by slug keeps its order.
  "Slug",
] as const;
export type Heading = (typeof HEADINGS)[number];

export type SectionKind = "text" | "classification" | "slash" | "arrow" | "table" | "bullets" | "slug";

export const SECTION_KIND: Record<Heading, SectionKind> = {
  "Industry & Occupation": "text",
  Classification: "classification",
  Summary: "text",
  Description: "text",
  "Future Outlook": "text",
  "Personality Traits": "slash",
  "Work Style": "text",
  "Career Path": "arrow",
  "Required Skills": "slash",
  "Recommended Skills": "slash",
  "Aptitudes (Strengths Preferred)": "table",
  "Aptitudes (Weaknesses Acceptable)": "table",
  Aliases: "bullets",
  "Related Jobs": "bullets",
  Slug: "slug",
};

/** Which profile field each heading fills, as a zod issue path prefix. */
export const SECTION_FIELD: Record<Heading, string> = {
  "Industry & Occupation": "industry",
  Classification: "classification",
  Summary: "summary",
  Description: "description",
  "Future Outlook": "futureOutlook",
  "Personality Traits": "personalityTraits",
  "Work Style": "workStyle",
  "Career Path": "careerPath",
  "Required Skills": "requiredSkills",
  "Recommended Skills": "recommendedSkills",
  "Aptitudes (Strengths Preferred)": "aptitudes.strengths",
  "Aptitudes (Weaknesses Acceptable)": "aptitudes.weaknesses",
  Aliases: "aliases",
  "Related Jobs": "relatedJobs",
  Slug: "slug",
};

export const TABLE_HEADER = "| Item | Description |";
export const TABLE_RULE = "|---|---|";
export const LIST_SEPARATOR = " / ";
export const PATH_SEPARATOR = " → ";
