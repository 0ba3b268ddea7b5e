-- A unique name let anyone probe for restricted libraries ("name in use"); duplicates are now only refused
-- among the libraries the person can see.
drop index library_name_uq;
create index library_name_idx on library (lower(name));
