CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL
);
ALTER TABLE ONLY public.orders ALTER COLUMN customer_id SET STATISTICS 1000;
