-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.children DROP CONSTRAINT children_code_fk;

ALTER TABLE public.children DROP CONSTRAINT children_parent_fk;

ALTER TABLE public.children ADD CONSTRAINT children_code_fk FOREIGN KEY (parent_code) REFERENCES public.parents(code) ON DELETE SET NULL NOT VALID;

ALTER TABLE public.children ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parents(id) ON UPDATE RESTRICT ON DELETE CASCADE NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.children VALIDATE CONSTRAINT children_code_fk;

ALTER TABLE public.children VALIDATE CONSTRAINT children_parent_fk;

RESET lock_timeout;
RESET statement_timeout;
