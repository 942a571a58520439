/** The English words of the gojūon pages in one place, for the translated interface to take over. */
export const readingCopy = {
  browse: "Browse",
  indexTitle: "Browse by reading",
  indexDescription: "Occupations by the first kana of their Japanese reading, in gojūon order.",
  indexIntro: "Occupations grouped by the first kana of their Japanese reading, in gojūon (あいうえお) order.",
  rowsLabel: "Gojūon rows",
  rowName: (row: string, romaji: string) => ({ kana: `${row}行`, latin: `${romaji} row` }),
  rowTitle: (row: string) => `Readings in the ${row} row`,
  /** The title as a heading, around the kana (which is marked lang="ja"). */
  rowHeading: { before: "Readings in the ", after: " row" },
  rowDescription: (row: string, n: number) => `${n} occupations whose reading starts in the ${row} row, in Japanese order.`,
  occupations: (n: number) => `${n} ${n === 1 ? "occupation" : "occupations"}`,
  emptyRow: "No occupation's reading starts in this row yet.",
  pages: "Pages",
  previous: "Previous",
  next: "Next",
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
};

/** Links to the gojūon index from the home page and /browse. */
export const readingLinkCopy = { link: "Browse by reading", hint: "in gojūon (あいうえお) order" };
