SELECT E'\\x00\\xff';
