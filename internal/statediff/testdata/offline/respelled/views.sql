grant select on customer_emails to public;
create view customer_emails as select email from customers;
