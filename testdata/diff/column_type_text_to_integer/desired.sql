-- change text to integer and text to timestamptz (needs USING; tables are empty)
CREATE TABLE readings (id integer PRIMARY KEY, value integer, taken timestamptz);
