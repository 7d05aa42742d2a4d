SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table "we""ird schema"."Tab le" and all its rows
DROP TABLE "we""ird schema"."Tab le";

-- hazard data-loss: drops sequence "we""ird schema"."select" and its current value
DROP SEQUENCE "we""ird schema"."select";

-- hazard data-loss: drops type "we""ird schema"."Mood ""x"""
DROP TYPE "we""ird schema"."Mood ""x""";

-- hazard data-loss: drops schema "we""ird schema"
DROP SCHEMA "we""ird schema";

