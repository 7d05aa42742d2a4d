ALTER TABLE public.children DROP CONSTRAINT children_code_fk;

ALTER TABLE public.children DROP CONSTRAINT children_parent_fk;

ALTER TABLE public.children ADD CONSTRAINT children_code_fk FOREIGN KEY (parent_code) REFERENCES public.parents(code) ON DELETE SET NULL NOT VALID;

ALTER TABLE public.children VALIDATE CONSTRAINT children_code_fk;

ALTER TABLE public.children ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) ON UPDATE RESTRICT ON DELETE CASCADE NOT VALID;

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_fk;

