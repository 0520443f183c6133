CREATE TABLE public.note (
    id integer PRIMARY KEY,
    code text
);
ALTER TABLE ONLY public.note ALTER COLUMN code SET STORAGE MAIN;
ALTER TABLE ONLY public.note ALTER COLUMN code SET STATISTICS 300;
