-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.books ADD COLUMN editor_id integer;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) NOT VALID;

ALTER TABLE public.books ADD CONSTRAINT books_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES public.authors(id) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books VALIDATE CONSTRAINT books_editor_id_fkey;

RESET lock_timeout;
RESET statement_timeout;
