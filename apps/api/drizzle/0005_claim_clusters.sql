CREATE TABLE "claim_cluster" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_cluster_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"size" integer DEFAULT 0 NOT NULL,
	"first_claim_id" bigint,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_ids" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_fingerprint" (
	"claim_id" bigint PRIMARY KEY NOT NULL,
	"keys" integer[] NOT NULL,
	"terms" text[] NOT NULL,
	"negated" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claim" ADD COLUMN "cluster_id" bigint;--> statement-breakpoint
ALTER TABLE "claim_fingerprint" ADD CONSTRAINT "claim_fingerprint_claim_id_claim_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claim"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_cluster_rank_idx" ON "claim_cluster" USING btree ("size","last_at","id");--> statement-breakpoint
CREATE INDEX "claim_cluster_person_idx" ON "claim_cluster" USING gin ("person_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "claim_fingerprint_keys_idx" ON "claim_fingerprint" USING gin ("keys") WITH (fastupdate=false);--> statement-breakpoint
ALTER TABLE "claim" ADD CONSTRAINT "claim_cluster_id_claim_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."claim_cluster"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_cluster_idx" ON "claim" USING btree ("cluster_id","id");--> statement-breakpoint
-- A cluster's figures follow its claims whatever changes them (ingest, editors' deletions and merges,
-- re-extraction, deleted articles): the triggers below recompute a touched cluster from its claims,
-- and drop it once it has none.
CREATE FUNCTION "refresh_claim_cluster"(cluster bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Lock first: the statements below then see every claim committed before the lock was granted.
  PERFORM 1 FROM claim_cluster WHERE id = cluster FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  WITH member AS (
    SELECT c.id, c.claimant_person_id, date_trunc('milliseconds', coalesce(a.published_at, a.ingested_at)) AS at
    FROM claim c JOIN article a ON a.id = c.article_id
    WHERE c.cluster_id = cluster
  )
  UPDATE claim_cluster SET
    size = (SELECT count(*) FROM member),
    first_claim_id = (SELECT id FROM member ORDER BY at, id LIMIT 1),
    first_at = coalesce((SELECT min(at) FROM member), first_at),
    last_at = coalesce((SELECT max(at) FROM member), last_at),
    person_ids = array(
      SELECT claimant_person_id FROM member WHERE claimant_person_id IS NOT NULL
      UNION
      SELECT s.person_id FROM claim_subject s JOIN member m ON m.id = s.claim_id
      ORDER BY 1)
  WHERE id = cluster;
  DELETE FROM claim_cluster WHERE id = cluster AND size = 0;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claim_cluster_follows_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.cluster_id IS NOT NULL THEN
    PERFORM refresh_claim_cluster(OLD.cluster_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.cluster_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.cluster_id IS DISTINCT FROM OLD.cluster_id) THEN
    PERFORM refresh_claim_cluster(NEW.cluster_id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "claim_cluster_on_insert" AFTER INSERT ON "claim"
  FOR EACH ROW WHEN (NEW.cluster_id IS NOT NULL) EXECUTE FUNCTION claim_cluster_follows_claim();
--> statement-breakpoint
CREATE TRIGGER "claim_cluster_on_delete" AFTER DELETE ON "claim"
  FOR EACH ROW WHEN (OLD.cluster_id IS NOT NULL) EXECUTE FUNCTION claim_cluster_follows_claim();
--> statement-breakpoint
CREATE TRIGGER "claim_cluster_on_update" AFTER UPDATE OF cluster_id, claimant_person_id, article_id ON "claim"
  FOR EACH ROW WHEN (OLD.cluster_id IS NOT NULL OR NEW.cluster_id IS NOT NULL) EXECUTE FUNCTION claim_cluster_follows_claim();
--> statement-breakpoint
CREATE FUNCTION "claim_cluster_follows_subject"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cluster bigint;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT cluster_id INTO cluster FROM claim WHERE id = OLD.claim_id;
    IF cluster IS NOT NULL THEN
      PERFORM refresh_claim_cluster(cluster);
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT cluster_id INTO cluster FROM claim WHERE id = NEW.claim_id;
    IF cluster IS NOT NULL THEN
      PERFORM refresh_claim_cluster(cluster);
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "claim_cluster_on_subject" AFTER INSERT OR DELETE OR UPDATE ON "claim_subject"
  FOR EACH ROW EXECUTE FUNCTION claim_cluster_follows_subject();
