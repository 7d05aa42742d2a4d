SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP TRIGGER children_parent ON public.children;

DROP TRIGGER children_old ON public.children;

CREATE CONSTRAINT TRIGGER children_parent AFTER INSERT ON public.children DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_parent();

CREATE CONSTRAINT TRIGGER children_parent_update AFTER UPDATE OF parent_id ON public.children FROM public.parents DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION public.check_parent();

