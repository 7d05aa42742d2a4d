SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW public.busy_kinds;

-- hazard data-loss: drops materialized view public.event_counts; its rows are computed again only when it is created and refreshed
DROP MATERIALIZED VIEW public.event_counts;

DROP INDEX public.recent_kinds_kind;

CREATE MATERIALIZED VIEW public.event_counts (kind, n) AS
SELECT kind,
    count(*) AS n
   FROM public.events
  WHERE payload IS NOT NULL
  GROUP BY kind;

CREATE VIEW public.busy_kinds (kind) AS
SELECT kind
   FROM public.event_counts
  WHERE n > 10;

CREATE UNIQUE INDEX event_counts_kind ON public.event_counts USING btree (kind);

CREATE INDEX event_counts_n ON public.event_counts USING btree (n);

CREATE UNIQUE INDEX recent_kinds_key ON public.recent_kinds USING btree (kind);

