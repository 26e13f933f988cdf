CREATE TABLE "day_count" (
	"day" date NOT NULL,
	"shard" integer NOT NULL,
	"articles" integer DEFAULT 0 NOT NULL,
	"quotes" integer DEFAULT 0 NOT NULL,
	"claims" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "day_count_day_shard_pk" PRIMARY KEY("day","shard")
);
--> statement-breakpoint
CREATE TABLE "store_count" (
	"name" text NOT NULL,
	"shard" integer NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "store_count_name_shard_pk" PRIMARY KEY("name","shard")
);
--> statement-breakpoint
-- The overview's counts and timeline follow the rows whatever writes them (ingest, editors' additions,
-- deletions, verdicts and merges, re-extraction, deleted articles, bulk loads): the triggers below keep
-- them, once per statement where a statement can write many rows. No write may slip between the
-- counting below and the triggers taking over.
LOCK TABLE "article", "person", "quote", "claim" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE FUNCTION "article_day"(published timestamptz, ingested timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (coalesce(published, ingested) AT TIME ZONE 'UTC')::date
$$;
--> statement-breakpoint
CREATE FUNCTION "add_to_count"(counted text, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO store_count AS s (name, shard, n) SELECT counted, pg_backend_pid() % 16, delta WHERE delta <> 0
  ON CONFLICT (name, shard) DO UPDATE SET n = s.n + excluded.n
$$;
--> statement-breakpoint
CREATE FUNCTION "add_to_day"(d date, articles bigint, quotes bigint, claims bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO day_count AS c (day, shard, articles, quotes, claims)
  SELECT d, pg_backend_pid() % 16, articles, quotes, claims WHERE articles <> 0 OR quotes <> 0 OR claims <> 0
  ON CONFLICT (day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims
$$;
--> statement-breakpoint
INSERT INTO store_count (name, shard, n)
  SELECT 'article', 0, count(*) FROM article
  UNION ALL SELECT 'person', 0, count(*) FROM person
  UNION ALL SELECT 'quote', 0, count(*) FROM quote
  UNION ALL SELECT 'claim', 0, count(*) FROM claim
  UNION ALL SELECT 'claim:' || verdict, 0, count(*) FROM claim GROUP BY verdict;
--> statement-breakpoint
INSERT INTO day_count (day, shard, articles, quotes, claims)
  SELECT article_day(a.published_at, a.ingested_at), 0, count(*), coalesce(sum(q.n), 0), coalesce(sum(c.n), 0)
  FROM article a
  LEFT JOIN (SELECT article_id, count(*) AS n FROM quote GROUP BY 1) q ON q.article_id = a.id
  LEFT JOIN (SELECT article_id, count(*) AS n FROM claim GROUP BY 1) c ON c.article_id = a.id
  GROUP BY 1;
--> statement-breakpoint
CREATE FUNCTION "count_inserted_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_count(TG_TABLE_NAME, (SELECT count(*) FROM new_rows));
  IF TG_TABLE_NAME = 'article' THEN
    PERFORM add_to_day(day, n, 0, 0)
      FROM (SELECT article_day(published_at, ingested_at) AS day, count(*) AS n FROM new_rows GROUP BY 1) x;
  ELSIF TG_TABLE_NAME = 'quote' THEN
    PERFORM add_to_day(day, 0, n, 0)
      FROM (SELECT article_day(a.published_at, a.ingested_at) AS day, count(*) AS n
            FROM new_rows r JOIN article a ON a.id = r.article_id GROUP BY 1) x;
  ELSIF TG_TABLE_NAME = 'claim' THEN
    PERFORM add_to_day(day, 0, 0, n)
      FROM (SELECT article_day(a.published_at, a.ingested_at) AS day, count(*) AS n
            FROM new_rows r JOIN article a ON a.id = r.article_id GROUP BY 1) x;
    PERFORM add_to_count('claim:' || verdict, n) FROM (SELECT verdict, count(*) AS n FROM new_rows GROUP BY 1) x;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Quotes and claims deleted with their article (ON DELETE CASCADE) no longer find it here, so their
-- day is left alone: the article's own trigger below has already taken them off its day.
CREATE FUNCTION "count_deleted_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_count(TG_TABLE_NAME, -(SELECT count(*) FROM old_rows));
  IF TG_TABLE_NAME = 'quote' THEN
    PERFORM add_to_day(day, 0, -n, 0)
      FROM (SELECT article_day(a.published_at, a.ingested_at) AS day, count(*) AS n
            FROM old_rows r JOIN article a ON a.id = r.article_id GROUP BY 1) x;
  ELSIF TG_TABLE_NAME = 'claim' THEN
    PERFORM add_to_day(day, 0, 0, -n)
      FROM (SELECT article_day(a.published_at, a.ingested_at) AS day, count(*) AS n
            FROM old_rows r JOIN article a ON a.id = r.article_id GROUP BY 1) x;
    PERFORM add_to_count('claim:' || verdict, -n) FROM (SELECT verdict, count(*) AS n FROM old_rows GROUP BY 1) x;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "uncount_article_day"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_day(article_day(OLD.published_at, OLD.ingested_at), -1,
    -(SELECT count(*) FROM quote WHERE article_id = OLD.id), -(SELECT count(*) FROM claim WHERE article_id = OLD.id));
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE FUNCTION "move_article_day"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_day date := article_day(OLD.published_at, OLD.ingested_at);
  new_day date := article_day(NEW.published_at, NEW.ingested_at);
  quotes bigint;
  claims bigint;
BEGIN
  IF old_day IS DISTINCT FROM new_day THEN
    quotes := (SELECT count(*) FROM quote WHERE article_id = NEW.id);
    claims := (SELECT count(*) FROM claim WHERE article_id = NEW.id);
    PERFORM add_to_day(old_day, -1, -quotes, -claims);
    PERFORM add_to_day(new_day, 1, quotes, claims);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "move_counted_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_day date;
  new_day date;
BEGIN
  IF OLD.article_id IS DISTINCT FROM NEW.article_id THEN
    old_day := (SELECT article_day(published_at, ingested_at) FROM article WHERE id = OLD.article_id);
    new_day := (SELECT article_day(published_at, ingested_at) FROM article WHERE id = NEW.article_id);
    IF TG_TABLE_NAME = 'quote' THEN
      PERFORM add_to_day(old_day, 0, -1, 0) WHERE old_day IS NOT NULL;
      PERFORM add_to_day(new_day, 0, 1, 0);
    ELSE
      PERFORM add_to_day(old_day, 0, 0, -1) WHERE old_day IS NOT NULL;
      PERFORM add_to_day(new_day, 0, 0, 1);
    END IF;
  END IF;
  IF TG_TABLE_NAME = 'claim' THEN
    -- Quotes have no verdict: the record fields are only read for claims.
    IF OLD.verdict IS DISTINCT FROM NEW.verdict THEN
      PERFORM add_to_count('claim:' || OLD.verdict, -1);
      PERFORM add_to_count('claim:' || NEW.verdict, 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "forget_truncated_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM store_count WHERE name = TG_TABLE_NAME OR name LIKE TG_TABLE_NAME || ':%';
  IF TG_TABLE_NAME = 'article' THEN
    DELETE FROM day_count;
  ELSIF TG_TABLE_NAME = 'quote' THEN
    UPDATE day_count SET quotes = 0;
  ELSIF TG_TABLE_NAME = 'claim' THEN
    UPDATE day_count SET claims = 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "article_counts_on_insert" AFTER INSERT ON "article" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
--> statement-breakpoint
CREATE TRIGGER "article_counts_on_delete" AFTER DELETE ON "article" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();
--> statement-breakpoint
CREATE TRIGGER "article_day_on_delete" BEFORE DELETE ON "article" FOR EACH ROW EXECUTE FUNCTION uncount_article_day();
--> statement-breakpoint
CREATE TRIGGER "article_day_on_update" AFTER UPDATE OF published_at, ingested_at ON "article" FOR EACH ROW EXECUTE FUNCTION move_article_day();
--> statement-breakpoint
CREATE TRIGGER "person_counts_on_insert" AFTER INSERT ON "person" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
--> statement-breakpoint
CREATE TRIGGER "person_counts_on_delete" AFTER DELETE ON "person" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();
--> statement-breakpoint
CREATE TRIGGER "quote_counts_on_insert" AFTER INSERT ON "quote" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
--> statement-breakpoint
CREATE TRIGGER "quote_counts_on_delete" AFTER DELETE ON "quote" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();
--> statement-breakpoint
CREATE TRIGGER "quote_counts_on_update" AFTER UPDATE OF article_id ON "quote" FOR EACH ROW EXECUTE FUNCTION move_counted_row();
--> statement-breakpoint
CREATE TRIGGER "claim_counts_on_insert" AFTER INSERT ON "claim" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_rows();
--> statement-breakpoint
CREATE TRIGGER "claim_counts_on_delete" AFTER DELETE ON "claim" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_rows();
--> statement-breakpoint
CREATE TRIGGER "claim_counts_on_update" AFTER UPDATE OF article_id, verdict ON "claim" FOR EACH ROW EXECUTE FUNCTION move_counted_row();
--> statement-breakpoint
CREATE TRIGGER "article_counts_on_truncate" AFTER TRUNCATE ON "article" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_counts();
--> statement-breakpoint
CREATE TRIGGER "person_counts_on_truncate" AFTER TRUNCATE ON "person" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_counts();
--> statement-breakpoint
CREATE TRIGGER "quote_counts_on_truncate" AFTER TRUNCATE ON "quote" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_counts();
--> statement-breakpoint
CREATE TRIGGER "claim_counts_on_truncate" AFTER TRUNCATE ON "claim" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_counts();
