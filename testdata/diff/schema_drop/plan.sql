SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: drops table legacy.old_things and all its rows
DROP TABLE legacy.old_things;

-- hazard data-loss: drops sequence legacy.counter and its current value
DROP SEQUENCE legacy.counter;

-- hazard data-loss: drops schema legacy
DROP SCHEMA legacy;

