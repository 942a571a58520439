-- Names, readings and Japanese runs move out of search_documents into a narrow table of their own,
-- as SQLite keeps them in their own FTS5 tables (search_names, search_grams). A search reads
-- thousands of these short values; in search_documents each sat beside a ~1.6 KB body, four rows
-- to a page, so reading them meant touching the whole row: at 100,000 profiles, testing the names
-- of 20,000 rows took 23 ms there and 3 ms here. search_documents keeps the body and its length.
CREATE TABLE search_names (
  occupation_id integer PRIMARY KEY NOT NULL REFERENCES occupations(id) ON DELETE CASCADE,
  -- search_names: words of the name and aliases, unstemmed, matched as prefixes.
  names tsvector NOT NULL,
  -- search_grams: the name's and each alias's words, one per line, for substrings (pg_trgm).
  name_lines text NOT NULL,
  -- The folded hiragana key of the reading (readingKey): prefix and substring matches.
  reading_key text NOT NULL,
  -- The Japanese runs of name, aliases and body text, one per line (cjkRuns).
  cjk text NOT NULL,
  -- The profile's name_key and reading as in occupations, which rank name and reading matches
  -- (exact, prefix, then by name): read here, beside the match, rather than from each profile.
  name_key text COLLATE "C" NOT NULL,
  reading text COLLATE "C" NOT NULL
);
--> statement-breakpoint
ALTER TABLE search_names SET (parallel_workers = 0);
--> statement-breakpoint
-- The rows already indexed move as they are: no reindex.
INSERT INTO search_names (occupation_id, names, name_lines, reading_key, cjk, name_key, reading)
  SELECT d.occupation_id, d.names, d.name_lines, d.reading_key, d.cjk, o.name_key, o.reading
  FROM search_documents d JOIN occupations o ON o.id = d.occupation_id ORDER BY d.occupation_id;
--> statement-breakpoint
DROP INDEX search_documents_names;
--> statement-breakpoint
DROP INDEX search_documents_name_lines;
--> statement-breakpoint
DROP INDEX search_documents_reading_grams;
--> statement-breakpoint
DROP INDEX search_documents_reading_prefix;
--> statement-breakpoint
DROP INDEX search_documents_cjk;
--> statement-breakpoint
ALTER TABLE search_documents DROP COLUMN names, DROP COLUMN name_lines, DROP COLUMN reading_key, DROP COLUMN cjk;
--> statement-breakpoint
-- A dropped column stays in the stored rows until they are written again: rewrite them (in id
-- order, the order searches walk them in).
CLUSTER search_documents USING search_documents_pkey;
--> statement-breakpoint
CREATE INDEX search_names_names ON search_names USING gin (names);
--> statement-breakpoint
CREATE INDEX search_names_name_lines ON search_names USING gin (name_lines gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX search_names_reading_grams ON search_names USING gin (reading_key gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX search_names_reading_prefix ON search_names (reading_key text_pattern_ops);
--> statement-breakpoint
CREATE INDEX search_names_cjk ON search_names USING gin (cjk gin_trgm_ops);
--> statement-breakpoint
ANALYZE search_documents;
--> statement-breakpoint
ANALYZE search_names;
