ALTER TYPE public."Mood ""x""" ADD VALUE '' BEFORE 'it''s';

ALTER TYPE public."Mood ""x""" ADD VALUE 'with space' BEFORE 'a "b"';

ALTER TYPE public."Mood ""x""" ADD VALUE 'ünï';

ALTER TYPE public."Mood ""x""" ADD VALUE E'back\\slash';

