CREATE TABLE public.metric (
    id integer PRIMARY KEY
);
