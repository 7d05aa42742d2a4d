-- drop the identity from columns, keeping the columns
CREATE TABLE a (id integer NOT NULL PRIMARY KEY, v text);
CREATE TABLE b (id bigint NOT NULL PRIMARY KEY);
