CREATE TABLE public.event (
    id bigint PRIMARY KEY,
    kind text,
    tenant integer
);
ALTER TABLE ONLY public.event ALTER COLUMN kind SET (n_distinct=-0.5);
ALTER TABLE ONLY public.event ALTER COLUMN tenant SET (n_distinct=-1, n_distinct_inherited=100);
