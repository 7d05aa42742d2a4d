-- CURRENT_TIMESTAMP / current_timestamp, now() / pg_catalog.now()
CREATE TABLE t (a timestamptz DEFAULT current_timestamp, b timestamptz DEFAULT pg_catalog.now(), c date DEFAULT current_date);
