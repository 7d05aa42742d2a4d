CREATE TABLE readings (id integer PRIMARY KEY, value text, taken text);
