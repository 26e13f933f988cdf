CREATE TYPE "public"."quote_kind" AS ENUM('DIRECT', 'PARTIAL');--> statement-breakpoint
CREATE TYPE "public"."relation_type" AS ENUM('DISPUTES', 'SUPPORTS', 'REPEATS');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('PERSON', 'ORGANIZATION', 'WORK', 'ANONYMOUS');--> statement-breakpoint
CREATE TYPE "public"."verdict" AS ENUM('UNREVIEWED', 'SUPPORTED', 'DISPUTED', 'FALSE', 'MISLEADING', 'UNPROVEN');--> statement-breakpoint
CREATE TABLE "article" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"url" text,
	"canonical_url" text,
	"title" text,
	"publisher" text,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_at" timestamp with time zone,
	"language" text,
	"text" text NOT NULL,
	"content_hash" text NOT NULL,
	"word_count" integer NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"extractor_version" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', left(coalesce("title", ''), 100000)), 'A') || setweight(to_tsvector('english', left(coalesce("text", ''), 100000)), 'B')) STORED,
	CONSTRAINT "article_url_unique" UNIQUE("url"),
	CONSTRAINT "article_content_hash_unique" UNIQUE("content_hash")
);
--> statement-breakpoint
CREATE TABLE "article_person" (
	"article_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"mention_count" integer NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "article_person_article_id_person_id_pk" PRIMARY KEY("article_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "claim" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"text" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"claimant_person_id" bigint,
	"claimant_name" text,
	"claimant_kind" "source_kind",
	"via" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_start" integer,
	"source_end" integer,
	"source_text" text,
	"cue_start" integer,
	"cue_end" integer,
	"cue_text" text,
	"hedged" boolean DEFAULT false NOT NULL,
	"hedges" text[] DEFAULT '{}'::text[] NOT NULL,
	"confidence" real NOT NULL,
	"verdict" "verdict" DEFAULT 'UNREVIEWED' NOT NULL,
	"verdict_note" text,
	"reviewed" boolean DEFAULT false NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', left(coalesce("text", ''), 100000)), 'A')) STORED
);
--> statement-breakpoint
CREATE TABLE "claim_relation" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_relation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_id" bigint NOT NULL,
	"target_claim_id" bigint NOT NULL,
	"type" "relation_type" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_subject" (
	"claim_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	CONSTRAINT "claim_subject_claim_id_person_id_pk" PRIMARY KEY("claim_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "mention" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mention_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"pronoun" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"surname_key" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"mention_count" integer DEFAULT 0 NOT NULL,
	"quote_count" integer DEFAULT 0 NOT NULL,
	"claim_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quote_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"text" text NOT NULL,
	"kind" "quote_kind" NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"speaker_person_id" bigint,
	"speaker_name" text,
	"speaker_kind" "source_kind",
	"source_start" integer,
	"source_end" integer,
	"source_text" text,
	"cue_start" integer,
	"cue_end" integer,
	"cue_text" text,
	"confidence" real NOT NULL,
	"reviewed" boolean DEFAULT false NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', left(coalesce("text", ''), 100000)), 'A')) STORED
);
--> statement-breakpoint
ALTER TABLE "article_person" ADD CONSTRAINT "article_person_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_person" ADD CONSTRAINT "article_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim" ADD CONSTRAINT "claim_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim" ADD CONSTRAINT "claim_claimant_person_id_person_id_fk" FOREIGN KEY ("claimant_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_relation" ADD CONSTRAINT "claim_relation_claim_id_claim_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claim"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_relation" ADD CONSTRAINT "claim_relation_target_claim_id_claim_id_fk" FOREIGN KEY ("target_claim_id") REFERENCES "public"."claim"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_subject" ADD CONSTRAINT "claim_subject_claim_id_claim_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claim"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_subject" ADD CONSTRAINT "claim_subject_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention" ADD CONSTRAINT "mention_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_article_id_article_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."article"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_person_id_person_id_fk" FOREIGN KEY ("speaker_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_search_idx" ON "article" USING gin ("search");--> statement-breakpoint
CREATE INDEX "article_publisher_idx" ON "article" USING btree ("publisher","id");--> statement-breakpoint
CREATE INDEX "article_published_at_idx" ON "article" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "article_person_person_idx" ON "article_person" USING btree ("person_id","article_id");--> statement-breakpoint
CREATE INDEX "claim_article_idx" ON "claim" USING btree ("article_id","start");--> statement-breakpoint
CREATE INDEX "claim_claimant_idx" ON "claim" USING btree ("claimant_person_id","id");--> statement-breakpoint
CREATE INDEX "claim_verdict_idx" ON "claim" USING btree ("verdict","id");--> statement-breakpoint
CREATE INDEX "claim_search_idx" ON "claim" USING gin ("search");--> statement-breakpoint
CREATE INDEX "claim_relation_claim_idx" ON "claim_relation" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_relation_target_idx" ON "claim_relation" USING btree ("target_claim_id");--> statement-breakpoint
CREATE INDEX "claim_subject_person_idx" ON "claim_subject" USING btree ("person_id","claim_id");--> statement-breakpoint
CREATE INDEX "mention_article_idx" ON "mention" USING btree ("article_id","start");--> statement-breakpoint
CREATE INDEX "mention_person_idx" ON "mention" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_name_key_idx" ON "person" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "person_surname_key_idx" ON "person" USING btree ("surname_key");--> statement-breakpoint
CREATE INDEX "person_name_trgm_idx" ON "person" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_popularity_idx" ON "person" USING btree ("mention_count","id");--> statement-breakpoint
CREATE INDEX "quote_article_idx" ON "quote" USING btree ("article_id","start");--> statement-breakpoint
CREATE INDEX "quote_speaker_idx" ON "quote" USING btree ("speaker_person_id","id");--> statement-breakpoint
CREATE INDEX "quote_search_idx" ON "quote" USING gin ("search");