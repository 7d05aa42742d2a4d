CREATE TABLE tags (name text NOT NULL, color text);
