-- GIN indexes write new entries to a pending list that only VACUUM (or this function) merges, and the
-- embedded store never vacuums: searches re-read a growing list. Altered in place, not rebuilt.
ALTER INDEX "article_search_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "claim_search_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "person_name_trgm_idx" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "quote_search_idx" SET (fastupdate = false);--> statement-breakpoint
SELECT gin_clean_pending_list('article_search_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('claim_search_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('person_name_trgm_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('quote_search_idx'::regclass);
