SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER INDEX public."Events_At" ATTACH PARTITION public."Events_C_At_Part";

