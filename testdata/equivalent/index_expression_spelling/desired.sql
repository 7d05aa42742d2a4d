-- expression index and predicate written with different parentheses and casts
CREATE TABLE t (email varchar(100), deleted boolean);
CREATE INDEX t_email_idx ON t ((lower((email)::text))) WHERE (NOT deleted);
