SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops materialized view public.metric_avg; its rows are computed again only when it is created and refreshed
DROP MATERIALIZED VIEW public.metric_avg;

DROP VIEW public.metric_names;

CREATE MATERIALIZED VIEW public.metric_avg (name, value) AS
SELECT name,
    avg(value) AS value
   FROM public.metrics
  WHERE value IS NOT NULL
  GROUP BY name;

CREATE VIEW public.metric_names (name) AS
SELECT name
   FROM public.metrics;

GRANT SELECT ON TABLE public.metric_avg TO pgs_priv_app;

GRANT SELECT ON TABLE public.metric_avg TO pgs_priv_ro;

GRANT SELECT (id) ON TABLE public.metric_ids TO pgs_priv_app;

GRANT SELECT ON TABLE public.metric_names TO pgs_priv_ro;

