CREATE TABLE public.event (
    id bigint PRIMARY KEY,
    kind text,
    tenant integer
);
ALTER TABLE ONLY public.event ALTER COLUMN kind SET (n_distinct=40);
