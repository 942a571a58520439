CREATE TABLE `duplicate_candidates` (
	`a_id` integer NOT NULL,
	`b_id` integer NOT NULL,
	`distance` integer NOT NULL,
	PRIMARY KEY(`a_id`, `b_id`),
	FOREIGN KEY (`a_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`b_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Backfill (the same statement as rebuildDuplicateCandidates): each live name key against the next
-- DUPLICATE_WINDOW (4) in name order, by
-- lead() over one sorted scan (a join on row numbers would compare every pair). likely_same is registered on the connection by db/index.ts.
INSERT OR IGNORE INTO `duplicate_candidates` (`a_id`, `b_id`, `distance`)
WITH s AS (
  SELECT id, name_key AS k,
    lead(id, 1) OVER w AS i1, lead(name_key, 1) OVER w AS k1, lead(id, 2) OVER w AS i2, lead(name_key, 2) OVER w AS k2,
    lead(id, 3) OVER w AS i3, lead(name_key, 3) OVER w AS k3, lead(id, 4) OVER w AS i4, lead(name_key, 4) OVER w AS k4
  FROM occupations WHERE deleted_at IS NULL WINDOW w AS (ORDER BY name_key, id)),
p AS (SELECT id, k, i1 AS j, k1 AS l FROM s UNION ALL SELECT id, k, i2, k2 FROM s UNION ALL SELECT id, k, i3, k3 FROM s UNION ALL SELECT id, k, i4, k4 FROM s)
SELECT min(id, j), max(id, j), likely_same(k, l) FROM p WHERE j IS NOT NULL AND likely_same(k, l) IS NOT NULL;--> statement-breakpoint
CREATE INDEX `duplicate_candidates_b` ON `duplicate_candidates` (`b_id`);--> statement-breakpoint
CREATE INDEX `duplicate_candidates_distance` ON `duplicate_candidates` (`distance`);--> statement-breakpoint
ALTER TABLE `occupation_links` ADD `self_link` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: a link naming its own profile by name or alias (what linkIsSelf decides on write).
UPDATE `occupation_links` SET `self_link` = 1
WHERE `name_key` = (SELECT o.name_key FROM occupations o WHERE o.id = occupation_links.occupation_id)
   OR EXISTS (SELECT 1 FROM occupation_terms t WHERE t.occupation_id = occupation_links.occupation_id AND t.list = 'alias' AND t.value_key = occupation_links.name_key);--> statement-breakpoint
CREATE INDEX `occupation_links_unresolved` ON `occupation_links` (`target_id`,`self_link`,`occupation_id`,`list`,`position`) WHERE target_id IS NULL AND self_link = 0;--> statement-breakpoint
ALTER TABLE `occupations` ADD `reading_not_kana` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: a non-empty reading with a character outside KANA_PATTERN (lib/quality/kana-glob.ts builds this GLOB).
UPDATE `occupations` SET `reading_not_kana` = 1 WHERE `reading` <> '' AND `reading` GLOB '*[^ぁ-ゟ゠-ヿㇰ-ㇿ･-ﾟ　 ・ー]*';--> statement-breakpoint
CREATE INDEX `occupations_live_not_kana` ON `occupations` (`reading`) WHERE deleted_at IS NULL AND reading_not_kana = 1;
