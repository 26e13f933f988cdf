-- pg_trgm backs fuzzy person-name look-up (GIN gin_trgm_ops); PGlite loads it as a bundled extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
