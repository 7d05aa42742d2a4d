-- The same schema, spelled differently and split over two files.
comment on table customers is 'People.';
create table public.customers (id int4 primary key, email character varying(200) not null);
create index customers_email_idx on customers using btree (email);
