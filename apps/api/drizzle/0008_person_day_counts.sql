CREATE TABLE "person_day_count" (
	"person_id" bigint NOT NULL,
	"day" date NOT NULL,
	"shard" integer NOT NULL,
	"articles" integer DEFAULT 0 NOT NULL,
	"quotes" integer DEFAULT 0 NOT NULL,
	"claims" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_day_count_person_id_day_shard_pk" PRIMARY KEY("person_id","day","shard")
);
--> statement-breakpoint
-- Person.timeline reads these instead of all of a person's rows: per person and day (the article's
-- day, as day_count's), the articles naming them (article_person), their quotes (quote.speaker_person_id)
-- and the claims they make (claim.claimant_person_id). Kept by the triggers below whatever writes
-- (ingest, re-extraction, editors, merges and splits, deleted articles and persons, bulk loads),
-- sharded by backend like day_count. No write may slip between the counting below and the triggers.
LOCK TABLE "article", "person", "article_person", "quote", "claim" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
INSERT INTO person_day_count (person_id, day, shard, articles, quotes, claims)
  SELECT x.person_id, article_day(a.published_at, a.ingested_at), 0, sum(x.articles), sum(x.quotes), sum(x.claims)
  FROM (
    SELECT article_id, person_id, 1 AS articles, 0 AS quotes, 0 AS claims FROM article_person
    UNION ALL SELECT article_id, speaker_person_id, 0, 1, 0 FROM quote WHERE speaker_person_id IS NOT NULL
    UNION ALL SELECT article_id, claimant_person_id, 0, 0, 1 FROM claim WHERE claimant_person_id IS NOT NULL
  ) x JOIN article a ON a.id = x.article_id
  GROUP BY 1, 2;
--> statement-breakpoint
-- Rows written by one statement, grouped per (person, day) and upserted in a fixed order, so two
-- writers on one shard lock rows in the same order. Rows whose person or article no longer exists
-- (deleted with it) are left out: the person's and the article's own triggers below account for them.
CREATE FUNCTION "add_to_person_day"(p bigint, art bigint, articles int, quotes int, claims int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT p, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, articles, quotes, claims
  FROM article a WHERE a.id = art AND EXISTS (SELECT 1 FROM person WHERE id = p)
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims
$$;
--> statement-breakpoint
CREATE FUNCTION "article_person_person_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.person_id, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, count(*), 0, 0
  FROM new_rows r JOIN article a ON a.id = r.article_id
  WHERE r.person_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "article_person_person_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.person_id, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, -count(*), 0, 0
  FROM old_rows r JOIN article a ON a.id = r.article_id JOIN person p ON p.id = r.person_id
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "quote_person_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.speaker_person_id, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, 0, count(*), 0
  FROM new_rows r JOIN article a ON a.id = r.article_id
  WHERE r.speaker_person_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "quote_person_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.speaker_person_id, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, 0, -count(*), 0
  FROM old_rows r JOIN article a ON a.id = r.article_id JOIN person p ON p.id = r.speaker_person_id
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claim_person_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.claimant_person_id, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, 0, 0, count(*)
  FROM new_rows r JOIN article a ON a.id = r.article_id
  WHERE r.claimant_person_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "claim_person_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.claimant_person_id, article_day(a.published_at, a.ingested_at), pg_backend_pid() % 16, 0, 0, -count(*)
  FROM old_rows r JOIN article a ON a.id = r.article_id JOIN person p ON p.id = r.claimant_person_id
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A row moved to another person or article (merges and splits move quotes and claims; article_person
-- rows are not rewritten in place by the API, but may be by hand). Row by row, and only for updates
-- naming these columns: bulk updates of anything else (cluster ids, verdicts) cost nothing here.
CREATE FUNCTION "person_days_move_row"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_p bigint;
  new_p bigint;
  a int := 0;
  q int := 0;
  c int := 0;
BEGIN
  -- Each table's own person column: the record fields are only read for that table.
  IF TG_TABLE_NAME = 'article_person' THEN
    old_p := OLD.person_id; new_p := NEW.person_id; a := 1;
  ELSIF TG_TABLE_NAME = 'quote' THEN
    old_p := OLD.speaker_person_id; new_p := NEW.speaker_person_id; q := 1;
  ELSE
    old_p := OLD.claimant_person_id; new_p := NEW.claimant_person_id; c := 1;
  END IF;
  IF old_p IS DISTINCT FROM new_p OR OLD.article_id IS DISTINCT FROM NEW.article_id THEN
    PERFORM add_to_person_day(old_p, OLD.article_id, -a, -q, -c);
    PERFORM add_to_person_day(new_p, NEW.article_id, a, q, c);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Everything an article counts for its persons, moved from one day to another (either may be null).
CREATE FUNCTION "move_article_person_days"(art bigint, from_day date, to_day date) RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT x.person_id, d.day, pg_backend_pid() % 16, d.sign * sum(x.articles), d.sign * sum(x.quotes), d.sign * sum(x.claims)
  FROM (
    SELECT person_id, 1 AS articles, 0 AS quotes, 0 AS claims FROM article_person WHERE article_id = art
    UNION ALL SELECT speaker_person_id, 0, 1, 0 FROM quote WHERE article_id = art AND speaker_person_id IS NOT NULL
    UNION ALL SELECT claimant_person_id, 0, 0, 1 FROM claim WHERE article_id = art AND claimant_person_id IS NOT NULL
  ) x CROSS JOIN (VALUES (from_day, -1), (to_day, 1)) AS d(day, sign)
  WHERE d.day IS NOT NULL
  GROUP BY x.person_id, d.day, d.sign ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims
$$;
--> statement-breakpoint
-- An article's rows deleted with it (ON DELETE CASCADE) no longer find it: it takes them off first.
CREATE FUNCTION "uncount_article_person_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM move_article_person_days(OLD.id, article_day(OLD.published_at, OLD.ingested_at), NULL);
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE FUNCTION "move_article_person_days_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_day date := article_day(OLD.published_at, OLD.ingested_at);
  new_day date := article_day(NEW.published_at, NEW.ingested_at);
BEGIN
  IF old_day IS DISTINCT FROM new_day THEN
    PERFORM move_article_person_days(NEW.id, old_day, new_day);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A deleted person's rows (article links deleted, quotes and claims unattributed with it) are left
-- out by the triggers above: their days go with them.
CREATE FUNCTION "forget_person_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_day_count WHERE person_id IN (SELECT id FROM old_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "forget_truncated_person_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME IN ('article', 'person') THEN
    DELETE FROM person_day_count;
  ELSIF TG_TABLE_NAME = 'article_person' THEN
    UPDATE person_day_count SET articles = 0;
  ELSIF TG_TABLE_NAME = 'quote' THEN
    UPDATE person_day_count SET quotes = 0;
  ELSIF TG_TABLE_NAME = 'claim' THEN
    UPDATE person_day_count SET claims = 0;
  END IF;
  DELETE FROM person_day_count WHERE articles = 0 AND quotes = 0 AND claims = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "article_person_person_days_on_insert" AFTER INSERT ON "article_person" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_person_person_days_on_insert();
--> statement-breakpoint
CREATE TRIGGER "article_person_person_days_on_delete" AFTER DELETE ON "article_person" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_person_person_days_on_delete();
--> statement-breakpoint
CREATE TRIGGER "quote_person_days_on_insert" AFTER INSERT ON "quote" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_person_days_on_insert();
--> statement-breakpoint
CREATE TRIGGER "quote_person_days_on_delete" AFTER DELETE ON "quote" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION quote_person_days_on_delete();
--> statement-breakpoint
CREATE TRIGGER "claim_person_days_on_insert" AFTER INSERT ON "claim" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_person_days_on_insert();
--> statement-breakpoint
CREATE TRIGGER "claim_person_days_on_delete" AFTER DELETE ON "claim" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claim_person_days_on_delete();
--> statement-breakpoint
CREATE TRIGGER "article_person_days_on_update" AFTER UPDATE OF article_id, person_id ON "article_person" FOR EACH ROW EXECUTE FUNCTION person_days_move_row();
--> statement-breakpoint
CREATE TRIGGER "quote_person_days_on_update" AFTER UPDATE OF article_id, speaker_person_id ON "quote" FOR EACH ROW EXECUTE FUNCTION person_days_move_row();
--> statement-breakpoint
CREATE TRIGGER "claim_person_days_on_update" AFTER UPDATE OF article_id, claimant_person_id ON "claim" FOR EACH ROW EXECUTE FUNCTION person_days_move_row();
--> statement-breakpoint
CREATE TRIGGER "article_uncount_person_days" BEFORE DELETE ON "article" FOR EACH ROW EXECUTE FUNCTION uncount_article_person_days();
--> statement-breakpoint
CREATE TRIGGER "article_move_person_days" AFTER UPDATE OF published_at, ingested_at ON "article" FOR EACH ROW EXECUTE FUNCTION move_article_person_days_on_update();
--> statement-breakpoint
CREATE TRIGGER "person_days_on_delete" AFTER DELETE ON "person" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION forget_person_days();
--> statement-breakpoint
CREATE TRIGGER "article_person_days_on_truncate" AFTER TRUNCATE ON "article" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_person_days();
--> statement-breakpoint
CREATE TRIGGER "person_person_days_on_truncate" AFTER TRUNCATE ON "person" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_person_days();
--> statement-breakpoint
CREATE TRIGGER "article_person_person_days_on_truncate" AFTER TRUNCATE ON "article_person" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_person_days();
--> statement-breakpoint
CREATE TRIGGER "quote_person_days_on_truncate" AFTER TRUNCATE ON "quote" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_person_days();
--> statement-breakpoint
CREATE TRIGGER "claim_person_days_on_truncate" AFTER TRUNCATE ON "claim" FOR EACH STATEMENT EXECUTE FUNCTION forget_truncated_person_days();
--> statement-breakpoint
-- Search ranks the newest `n` articles, quotes or claims matching a query: the same rows, newest
-- first, as `select id from <tbl> where search @@ q order by id desc limit n`, found by the cheaper of
-- two paths. The plain plan walks the primary key backwards testing each row's search vector: cheap
-- for a word in most rows (a few hundred read), ruinous for one in a few percent (for 200 found, an
-- article's large vector detoasted thousands of times, or 70,000 quotes read, at 100k articles: 300-500
-- ms cold), and the planner does not price it. So the planner's own estimate of the matches decides:
-- when the walk is expected to read at most `max_walk` rows (articles: 800, a word in a quarter of
-- them; quotes and claims, whose vectors are small: 5,000) it walks; else it takes bitmap scans of the GIN
-- index (no vector read to decide a match), first over the newest ids expected to hold 2n matches
-- (at most a tenth of them: a word missing from the column's statistics is estimated at their floor,
-- however frequent), then, if they held fewer than n, over the rest.
CREATE FUNCTION "newest_matches"(tbl regclass, q tsquery, n int, max_walk int) RETURNS SETOF bigint
LANGUAGE plpgsql ROWS 200 AS $$
DECLARE
  top bigint;
  plan json;
  est float8;
  span bigint;
  got bigint;
  was_index text := current_setting('enable_indexscan');
  was_seq text := current_setting('enable_seqscan');
BEGIN
  EXECUTE format('SELECT max(id) FROM %s', tbl) INTO top;
  IF top IS NULL OR n <= 0 THEN
    RETURN;
  END IF;
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %s WHERE search @@ %L::tsquery', tbl, q) INTO plan;
  est := greatest((plan->0->'Plan'->>'Plan Rows')::float8, 1);
  IF n * top <= est * max_walk THEN
    RETURN QUERY EXECUTE format('SELECT id FROM %s WHERE search @@ $1 ORDER BY id DESC LIMIT $2', tbl) USING q, n;
    RETURN;
  END IF;
  PERFORM set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true);
  span := greatest(1000, least(ceil(2 * n * top / est)::bigint, top / 10));
  RETURN QUERY EXECUTE format('SELECT id FROM %s WHERE search @@ $1 AND id > $2 ORDER BY id DESC LIMIT $3', tbl) USING q, top - span, n;
  GET DIAGNOSTICS got = ROW_COUNT;
  IF got < n AND top - span > 0 THEN
    RETURN QUERY EXECUTE format('SELECT id FROM %s WHERE search @@ $1 AND id <= $2 ORDER BY id DESC LIMIT $3', tbl) USING q, top - span, n - got;
  END IF;
  PERFORM set_config('enable_indexscan', was_index, true), set_config('enable_seqscan', was_seq, true);
END $$;
