SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER AGGREGATE app.total(integer) OWNER TO pgs_own_b;

ALTER FOREIGN TABLE app.remote OWNER TO pgs_own_a;

ALTER OPERATOR app.=== (text, text) OWNER TO pgs_own_a;

ALTER PUBLICATION owners_pub OWNER TO pgs_own_a;

ALTER SERVER owners_srv OWNER TO pgs_own_b;

ALTER STATISTICS app.t_stats OWNER TO pgs_own_b;

ALTER TEXT SEARCH DICTIONARY app.simple_en OWNER TO CURRENT_USER;

