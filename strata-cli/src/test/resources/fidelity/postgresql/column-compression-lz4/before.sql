CREATE TABLE public.attachment (
    id integer PRIMARY KEY,
    content bytea,
    note text
);
