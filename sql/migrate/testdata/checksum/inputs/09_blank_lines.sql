


SELECT 1;


