CREATE TABLE public.attachment (
    id integer PRIMARY KEY,
    content bytea,
    note text
);
ALTER TABLE ONLY public.attachment ALTER COLUMN content SET COMPRESSION lz4;
ALTER TABLE ONLY public.attachment ALTER COLUMN note SET COMPRESSION pglz;
