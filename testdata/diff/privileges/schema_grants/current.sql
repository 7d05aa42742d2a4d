CREATE SCHEMA reporting;
CREATE SCHEMA staging;
GRANT USAGE ON SCHEMA reporting TO pgs_priv_ro;
GRANT USAGE, CREATE ON SCHEMA staging TO pgs_priv_app;
