-- Clustering's candidate look-up (claims of other articles sharing a fingerprint key) in one statement,
-- planned with sequential scans off: the embedded store never analyses its tables, so its planner would
-- scan small and middling fingerprint tables, comparing every row with hundreds of keys, where the GIN
-- index is faster at any size. The SET clause holds for the function's own planning and execution only,
-- in place of a `set local` before the query and another after it (two round trips per ingest).
CREATE OR REPLACE FUNCTION "claim_fingerprints_sharing"(wanted integer[], most integer)
  RETURNS TABLE ("claim_id" bigint, "keys" integer[], "terms" text[], "negated" boolean)
  LANGUAGE sql STABLE SET enable_seqscan = off AS $$
  SELECT f.claim_id, f.keys, f.terms, f.negated FROM claim_fingerprint f WHERE f.keys && wanted LIMIT most
$$;
--> statement-breakpoint
-- Counter shards by transaction instead of by backend. With a shard per backend, two pooled connections
-- whose process ids agree modulo 16 always shared their counter rows, so one's ingest waited at its very
-- first statement (the article's count) for the other's whole transaction, run after run. Transactions
-- whose ids differ by less than 16 (those running side by side) never share a shard, and a transaction
-- still writes only its own shard's rows.
CREATE OR REPLACE FUNCTION "count_shard"() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT (txid_current() % 16)::int
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "add_to_count"(counted text, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO store_count AS s (name, shard, n) SELECT counted, count_shard(), delta WHERE delta <> 0
  ON CONFLICT (name, shard) DO UPDATE SET n = s.n + excluded.n
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "add_to_day"(d date, articles bigint, quotes bigint, claims bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO day_count AS c (day, shard, articles, quotes, claims)
  SELECT d, count_shard(), articles, quotes, claims WHERE articles <> 0 OR quotes <> 0 OR claims <> 0
  ON CONFLICT (day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "add_to_person_day"(p bigint, art bigint, articles int, quotes int, claims int) RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT p, article_day(a.published_at, a.ingested_at), count_shard(), articles, quotes, claims
  FROM article a WHERE a.id = art AND EXISTS (SELECT 1 FROM person WHERE id = p)
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "article_person_person_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.person_id, article_day(a.published_at, a.ingested_at), count_shard(), count(*), 0, 0
  FROM new_rows r JOIN article a ON a.id = r.article_id
  WHERE r.person_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "article_person_person_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.person_id, article_day(a.published_at, a.ingested_at), count_shard(), -count(*), 0, 0
  FROM old_rows r JOIN article a ON a.id = r.article_id JOIN person p ON p.id = r.person_id
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "quote_person_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.speaker_person_id, article_day(a.published_at, a.ingested_at), count_shard(), 0, count(*), 0
  FROM new_rows r JOIN article a ON a.id = r.article_id
  WHERE r.speaker_person_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "quote_person_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.speaker_person_id, article_day(a.published_at, a.ingested_at), count_shard(), 0, -count(*), 0
  FROM old_rows r JOIN article a ON a.id = r.article_id JOIN person p ON p.id = r.speaker_person_id
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "claim_person_days_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.claimant_person_id, article_day(a.published_at, a.ingested_at), count_shard(), 0, 0, count(*)
  FROM new_rows r JOIN article a ON a.id = r.article_id
  WHERE r.claimant_person_id IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "claim_person_days_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT r.claimant_person_id, article_day(a.published_at, a.ingested_at), count_shard(), 0, 0, -count(*)
  FROM old_rows r JOIN article a ON a.id = r.article_id JOIN person p ON p.id = r.claimant_person_id
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (person_id, day, shard) DO UPDATE
    SET articles = c.articles + excluded.articles, quotes = c.quotes + excluded.quotes, claims = c.claims + excluded.claims;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "move_article_person_days"(art bigint, from_day date, to_day date) RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_day_count AS c (person_id, day, shard, articles, quotes, claims)
  SELECT x.person_id, d.day, count_shard(), d.sign * sum(x.articles), d.sign * sum(x.quotes), d.sign * sum(x.claims)
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
