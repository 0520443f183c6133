package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    @Column(nullable = false, length = 4)
    private String lastDigits;
}
