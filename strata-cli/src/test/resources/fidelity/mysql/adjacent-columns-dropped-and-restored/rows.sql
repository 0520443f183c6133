INSERT INTO shipment (carrier, tracking_no, weight_kg, shipped_at) VALUES ('DHL', 'X1', 1.5, '2026-03-01 10:00:00'), ('UPS', NULL, NULL, NULL);
