ALTER TABLE public.books ADD COLUMN editor_id integer;

ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) NOT VALID;

ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;

ALTER TABLE public.books ADD CONSTRAINT books_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES public.authors(id) NOT VALID;

ALTER TABLE public.books VALIDATE CONSTRAINT books_editor_id_fkey;

