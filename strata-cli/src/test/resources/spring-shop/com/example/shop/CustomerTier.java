package com.example.shop;

public enum CustomerTier {
    BRONZE, SILVER, GOLD
}
