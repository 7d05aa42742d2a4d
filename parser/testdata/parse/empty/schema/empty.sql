-- nothing here yet
;;
/* block
   comment */
