CREATE TABLE `cache_invalidations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tags` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cache_invalidations_created` ON `cache_invalidations` (`created_at`);--> statement-breakpoint
CREATE TABLE `public_footprints` (
	`occupation_id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`tier_path` text NOT NULL,
	`is_public` integer NOT NULL,
	FOREIGN KEY (`occupation_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `public_footprints` (`occupation_id`, `slug`, `tier_path`, `is_public`)
SELECT o.id, o.slug, maj.slug || '/' || mid.slug || '/' || mnr.slug, CASE WHEN o.status = 'published' AND o.deleted_at IS NULL THEN 1 ELSE 0 END
FROM occupations o
JOIN classifications mnr ON mnr.id = o.minor_id
JOIN classifications mid ON mid.id = mnr.parent_id
JOIN classifications maj ON maj.id = mid.parent_id;
