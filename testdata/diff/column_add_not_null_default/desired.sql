-- add a NOT NULL column with a default to a table
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    created_at timestamp with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP
);
