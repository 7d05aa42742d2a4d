CREATE TABLE t (email varchar(100), deleted boolean);
CREATE INDEX t_email_idx ON t (lower(email)) WHERE NOT deleted;
