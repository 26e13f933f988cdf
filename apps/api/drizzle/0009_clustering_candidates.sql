-- Clustering's candidate look-up (claims of other articles sharing a fingerprint key) in one statement,
-- planned with sequential scans off: the embedded store never analyses its tables, so its planner would
-- scan small and middling fingerprint tables, comparing every row with hundreds of keys, where the GIN
-- index is faster at any size. The SET clause holds for the function's own planning and execution only,
-- in place of a `set local` before the query and another after it (two round trips per ingest).
CREATE FUNCTION "claim_fingerprints_sharing"(wanted integer[], most integer)
  RETURNS TABLE ("claim_id" bigint, "keys" integer[], "terms" text[], "negated" boolean)
  LANGUAGE sql STABLE SET enable_seqscan = off AS $$
  SELECT f.claim_id, f.keys, f.terms, f.negated FROM claim_fingerprint f WHERE f.keys && wanted LIMIT most
$$;
