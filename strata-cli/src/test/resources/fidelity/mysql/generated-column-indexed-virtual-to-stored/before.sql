CREATE TABLE parcel (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    width_cm INT NOT NULL,
    height_cm INT NOT NULL,
    depth_cm INT NOT NULL,
    volume_cm3 INT AS (width_cm * height_cm * depth_cm) VIRTUAL,
    KEY parcel_volume (volume_cm3),
    KEY parcel_width (width_cm)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
