-- unnamed constraints vs the names PostgreSQL generates for them
CREATE TABLE users (id integer CONSTRAINT users_pkey PRIMARY KEY, email text CONSTRAINT users_email_key UNIQUE,
    age integer CONSTRAINT users_age_check CHECK (age >= 0), a integer, b integer,
    CONSTRAINT users_a_b_key UNIQUE (a, b), CONSTRAINT users_check CHECK (a < b));
CREATE TABLE posts (id integer CONSTRAINT posts_pkey PRIMARY KEY, user_id integer CONSTRAINT posts_user_id_fkey REFERENCES users (id));
