SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE TABLE public.b_products (
    id integer NOT NULL,
    CONSTRAINT b_products_pkey PRIMARY KEY (id)
);

CREATE TABLE public.invoices (
    id integer NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

CREATE TABLE public.line_items (
    id integer NOT NULL,
    invoice_id integer NOT NULL,
    product_id integer,
    CONSTRAINT line_items_pkey PRIMARY KEY (id)
);

ALTER TABLE public.line_items ADD CONSTRAINT line_items_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoices(id);

ALTER TABLE public.line_items ADD CONSTRAINT line_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.b_products(id);

