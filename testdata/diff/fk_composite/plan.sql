ALTER TABLE public.bins ADD CONSTRAINT bins_warehouse_fkey FOREIGN KEY (region, code) REFERENCES public.warehouses(region, code) MATCH FULL ON DELETE CASCADE NOT VALID;

ALTER TABLE public.bins VALIDATE CONSTRAINT bins_warehouse_fkey;

