SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TYPE public."Mood ""x""" ADD VALUE '' BEFORE 'it''s';

ALTER TYPE public."Mood ""x""" ADD VALUE 'with space' BEFORE 'a "b"';

ALTER TYPE public."Mood ""x""" ADD VALUE 'ünï';

ALTER TYPE public."Mood ""x""" ADD VALUE E'back\\slash';

RESET lock_timeout;
RESET statement_timeout;
