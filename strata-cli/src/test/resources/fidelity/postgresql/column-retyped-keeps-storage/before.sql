CREATE TABLE public.note (
    id integer PRIMARY KEY,
    code varchar(20)
);
ALTER TABLE ONLY public.note ALTER COLUMN code SET STORAGE MAIN;
ALTER TABLE ONLY public.note ALTER COLUMN code SET STATISTICS 300;
