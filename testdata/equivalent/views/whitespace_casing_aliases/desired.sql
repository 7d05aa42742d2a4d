-- keyword case, whitespace, redundant parentheses, implicit AS, IN vs = ANY, unqualified columns, ORDER BY position: all normalised by pg_get_viewdef
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL, status text);
create view BIG_ORDERS as
  select
    ID, o.Customer,
    (total) amount,
    COUNT(*) over () as N
  from ORDERS as o
  where (TOTAL > 1000) and status = any (array['open', 'paid'])
  order by 1;
