-- part of: desired state split over several files; the index and FK files sort before the tables they need
CREATE TYPE shop.status AS ENUM ('new', 'paid');
