package com.example.shop;

import jakarta.persistence.Entity;

@Entity
public class ExpressShipment extends Shipment {
    private boolean signatureRequired;
}
