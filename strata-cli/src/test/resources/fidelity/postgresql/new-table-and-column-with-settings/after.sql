CREATE TABLE public.metric (
    id integer PRIMARY KEY,
    label text
);
ALTER TABLE ONLY public.metric ALTER COLUMN label SET STATISTICS 500;
ALTER TABLE ONLY public.metric ALTER COLUMN label SET STORAGE MAIN;
ALTER TABLE ONLY public.metric ALTER COLUMN label SET (n_distinct=-0.2);
CREATE TABLE public.sample (
    id integer PRIMARY KEY,
    metric_id integer REFERENCES public.metric (id),
    payload jsonb
);
ALTER TABLE ONLY public.sample ALTER COLUMN metric_id SET STATISTICS 1000;
ALTER TABLE ONLY public.sample ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.sample ALTER COLUMN payload SET COMPRESSION lz4;
