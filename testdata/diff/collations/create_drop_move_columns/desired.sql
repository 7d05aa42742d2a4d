-- migra's collations fixture: a column moves from a collation that is dropped to one that stays, a new column uses it, and a new commented collation is used by a new column
CREATE COLLATION "numeric" (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION ci IS 'case-insensitive';
CREATE TABLE t (
    a text,
    b text COLLATE "numeric",
    c text COLLATE "numeric",
    d text COLLATE ci
);
