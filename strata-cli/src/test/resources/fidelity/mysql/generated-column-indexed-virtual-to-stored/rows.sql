INSERT INTO parcel (width_cm, height_cm, depth_cm) VALUES (10, 20, 30), (1, 1, 1), (40, 40, 40);
