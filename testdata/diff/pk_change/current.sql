CREATE TABLE memberships (id integer PRIMARY KEY, user_id integer NOT NULL, group_id integer NOT NULL);
