-- drop a primary key (column stays NOT NULL)
CREATE TABLE tags (name text NOT NULL, color text);
