-- layout, SQL comments and keyword case do not matter
/* block
   comment */
create   table
  t   -- the table
(
    id    INTEGER   primary KEY,   -- key
    name  TEXT      not null
          default   'x'
)
;
