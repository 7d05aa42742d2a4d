CREATE COLLATION a (provider);
CREATE COLLATION b (provider = klingon, locale = 'x');
CREATE COLLATION d (provider = icu);
CREATE COLLATION e (lc_collate = 'C');
