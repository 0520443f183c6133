package com.example.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Comment;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "customers", uniqueConstraints = @UniqueConstraint(name = "uk_customers_email", columnNames = "email"))
@Comment("People who order")
public class Customer extends BaseEntity {
    @Column(nullable = false, length = 120)
    private String email;

    @Column(name = "display_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    private CustomerTier tier;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 100))
    private Address billingAddress;

    @OneToMany(mappedBy = "customer")
    private List<PurchaseOrder> orders = new ArrayList<>();

    @Transient
    private String cachedGreeting;

    private static final int MAX_ORDERS = 10;

    /** A method users add; the reader ignores it. */
    public String greeting() {
        return "Hello " + fullName;
    }
}
