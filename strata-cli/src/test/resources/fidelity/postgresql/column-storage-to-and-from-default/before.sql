CREATE TABLE public.document (
    id integer PRIMARY KEY,
    title text,
    body text,
    amount numeric(12,2)
);
ALTER TABLE ONLY public.document ALTER COLUMN title SET STORAGE PLAIN;
ALTER TABLE ONLY public.document ALTER COLUMN amount SET STORAGE EXTENDED;
