-- timestamptz / timestamp with time zone, timestamp / timestamp without time zone, timetz
CREATE TABLE t (a timestamp with time zone, b timestamp without time zone, c timestamp(3) with time zone,
    d time with time zone, e time without time zone);
