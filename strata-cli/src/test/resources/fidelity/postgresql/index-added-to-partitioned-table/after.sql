CREATE TABLE public.log_entry (
    id bigint NOT NULL,
    region text NOT NULL,
    message text,
    PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE INDEX log_entry_message ON public.log_entry (message);
CREATE TABLE public.log_entry_eu PARTITION OF public.log_entry FOR VALUES IN ('eu');
CREATE TABLE public.log_entry_us PARTITION OF public.log_entry FOR VALUES IN ('us');
CREATE TABLE public.log_entry_ap PARTITION OF public.log_entry FOR VALUES IN ('ap');
