CREATE TABLE "edit_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "edit_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity_type" text NOT NULL,
	"entity_id" bigint NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE INDEX "edit_history_entity_idx" ON "edit_history" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "article_day_idx" ON "article" USING btree (coalesce("published_at", "ingested_at"));--> statement-breakpoint
CREATE INDEX "person_quoted_idx" ON "person" USING btree ("quote_count","id");