CREATE TABLE public.log_entry (
    id bigint NOT NULL,
    region text NOT NULL,
    message text
) PARTITION BY LIST (region);
CREATE TABLE public.log_entry_eu PARTITION OF public.log_entry FOR VALUES IN ('eu');
CREATE TABLE public.log_entry_us PARTITION OF public.log_entry FOR VALUES IN ('us');
