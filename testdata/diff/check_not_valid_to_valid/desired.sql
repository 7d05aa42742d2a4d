-- a NOT VALID check in the database becomes a validated check
CREATE TABLE payments (id integer PRIMARY KEY, amount numeric, CONSTRAINT payments_amount_check CHECK (amount <> 0));
