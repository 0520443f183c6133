CREATE TABLE public.account (
    id integer PRIMARY KEY
);
CREATE TABLE public.invoice (
    id bigint NOT NULL,
    issued date NOT NULL,
    account_id integer NOT NULL REFERENCES public.account (id),
    PRIMARY KEY (id, issued)
) PARTITION BY RANGE (issued);
CREATE TABLE public.invoice_2025 PARTITION OF public.invoice FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.invoice_2026 PARTITION OF public.invoice FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.invoice_line (
    invoice_id bigint NOT NULL,
    issued date NOT NULL,
    line integer NOT NULL,
    amount numeric,
    FOREIGN KEY (invoice_id, issued) REFERENCES public.invoice (id, issued) ON DELETE CASCADE
);
