CREATE TABLE accounts (code varchar(8) PRIMARY KEY, balance integer CHECK (balance > -1000));
CREATE INDEX accounts_balance_idx ON accounts (balance) WHERE balance > 0;
CREATE TABLE transfers (id integer PRIMARY KEY, account_code varchar(8) REFERENCES accounts (code));
