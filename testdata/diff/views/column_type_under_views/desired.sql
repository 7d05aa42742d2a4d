-- a column used by views changes type: the views reading it are dropped before ALTER COLUMN TYPE and recreated after; a view not reading it stays
CREATE TABLE payments (id integer PRIMARY KEY, amount bigint NOT NULL, payer text);
CREATE VIEW payments_v AS SELECT id, amount FROM payments;
CREATE VIEW payments_sum AS SELECT sum(amount) AS total FROM payments_v;
CREATE VIEW payers AS SELECT DISTINCT payer FROM payments;
