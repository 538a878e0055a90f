-- Entente pre-aggregation: GDELT-style events -> one event per directed actor pair and month.
-- Portable: runs unchanged on DuckDB and on Spark SQL (3.3+). Input is a table or view
--   gdelt_events(day, actor1, actor2, event_code, goldstein)
--   day: YYYYMMDD; actor1/actor2: country codes (GDELT Actor1CountryCode / Actor2CountryCode);
--   event_code: CAMEO code as text (keep the leading zero); goldstein: -10 .. +10.
-- Output columns: source, target, month ('YYYY-MM'), events, score (mean Goldstein), root (CAMEO root).
-- Only the busiest pairs are kept (the runner may replace the number after /*max_pairs*/), so the
-- result stays browser-sized however many years go in.
WITH clean AS (
  SELECT
    lower(actor1) AS source,
    lower(actor2) AS target,
    concat(substr(cast(day AS string), 1, 4), '-', substr(cast(day AS string), 5, 2)) AS month,
    substr(event_code, 1, 2) AS root,
    cast(goldstein AS double) AS goldstein
  FROM gdelt_events
  WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL
    AND length(actor1) > 0 AND length(actor2) > 0 AND actor1 <> actor2
    AND goldstein IS NOT NULL AND length(event_code) >= 2
),
pairs AS (
  SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS n
  FROM clean
  GROUP BY least(source, target), greatest(source, target)
  ORDER BY n DESC, a, b
  LIMIT /*max_pairs*/10000
),
kept AS (
  SELECT c.source, c.target, c.month, c.root, c.goldstein
  FROM clean c
  JOIN pairs p ON least(c.source, c.target) = p.a AND greatest(c.source, c.target) = p.b
),
by_root AS (
  SELECT source, target, month, root, count(*) AS n, sum(goldstein) AS total
  FROM kept
  GROUP BY source, target, month, root
)
SELECT
  source,
  target,
  month,
  sum(n) AS events,
  round(sum(total) / sum(n), 2) AS score,
  -- The month's most frequent CAMEO root; on a tie, the lower code (deterministic on both engines).
  max_by(root, n * 100 - cast(root AS int)) AS root
FROM by_root
GROUP BY source, target, month
ORDER BY month, source, target
