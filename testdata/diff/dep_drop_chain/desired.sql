-- drop a chain of tables a -> b -> c in dependency order
CREATE TABLE z (id integer);
