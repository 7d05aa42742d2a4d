-- change a primary key from one column to a composite key, with a FK that must be moved
CREATE TABLE memberships (id integer NOT NULL, user_id integer NOT NULL, group_id integer NOT NULL,
    PRIMARY KEY (user_id, group_id));
