-- Uses before declarations: the collations load first.
CREATE TABLE t (
    a text COLLATE "numeric",
    b text COLLATE app.ci,
    c text COLLATE "C"
);
CREATE INDEX t_a_idx ON t (a COLLATE posix);
CREATE DOMAIN app.code AS text COLLATE app.ci;
