CREATE TABLE public.measurement (
    id bigint NOT NULL,
    taken date NOT NULL,
    value numeric,
    PRIMARY KEY (id, taken)
) PARTITION BY RANGE (taken);
CREATE INDEX measurement_value ON public.measurement (value);
CREATE UNIQUE INDEX measurement_id_taken ON public.measurement (taken, id);
CREATE TABLE public.measurement_2025 PARTITION OF public.measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurement_2026 PARTITION OF public.measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.measurement_rest PARTITION OF public.measurement DEFAULT;
