CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, n integer CONSTRAINT t_n_check CHECK (n > 0), m integer CONSTRAINT t_m_key UNIQUE);
COMMENT ON CONSTRAINT t_n_check ON t IS 'positive';
COMMENT ON CONSTRAINT t_m_key ON t IS 'remove me';
