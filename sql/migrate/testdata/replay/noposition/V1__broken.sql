CREATE TABLE b (id int);

-- The next statement fails without an error position.
CREATE TABLE c (
    id int REFERENCES missing (id)
);
