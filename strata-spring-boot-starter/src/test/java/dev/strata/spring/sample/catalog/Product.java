package dev.strata.spring.sample.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "products")
public class Product {
    // Integer, not Long: on SQLite an auto-incremented key must be declared INTEGER (the rowid), which Hibernate's
    // ddl-auto=validate accepts only for an Integer field (https://www.sqlite.org/lang_createtable.html#rowid).
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private long priceCents;

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getPriceCents() {
        return priceCents;
    }
}
