package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    @Column(length = 100)
    private String street;

    private String city;

    @Column(length = 2, nullable = false)
    private String countryCode;
}
