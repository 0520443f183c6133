CREATE TABLE public.document (
    id integer PRIMARY KEY,
    title text,
    body text,
    amount numeric(12,2)
);
ALTER TABLE ONLY public.document ALTER COLUMN body SET STORAGE EXTERNAL;
