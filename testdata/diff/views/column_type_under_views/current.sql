CREATE TABLE payments (id integer PRIMARY KEY, amount integer NOT NULL, payer text);
CREATE VIEW payments_v AS SELECT id, amount FROM payments;
CREATE VIEW payments_sum AS SELECT sum(amount) AS total FROM payments_v;
CREATE VIEW payers AS SELECT DISTINCT payer FROM payments;
