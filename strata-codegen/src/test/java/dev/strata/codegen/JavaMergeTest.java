package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaMergeTest {
    static final String BASE = """
            package com.example.shop;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            /** The {@code orders} table. */
            @Entity
            @Table(name = "orders")
            public class Order {
                @Id
                @Column(name = "order_id", nullable = false)
                private Integer orderId;

                @Column(name = "ship_name", length = 40)
                private String shipName;

                public Integer getOrderId() {
                    return orderId;
                }

                public void setOrderId(Integer orderId) {
                    this.orderId = orderId;
                }

                public String getShipName() {
                    return shipName;
                }

                public void setShipName(String shipName) {
                    this.shipName = shipName;
                }
            }
            """;

    @Test
    void aMethodAtTheEndAndANewColumnBothLand() {
        String ours = BASE.replace("""
                        this.shipName = shipName;
                    }
                }
                """, """
                        this.shipName = shipName;
                    }

                    public String label() {
                        return orderId + " " + shipName;
                    }
                }
                """);
        String theirs = BASE.replace("""
                    private String shipName;
                """, """
                    private String shipName;

                    @Column(name = "freight")
                    private java.math.BigDecimal freight;
                """).replace("""
                        this.shipName = shipName;
                    }
                """, """
                        this.shipName = shipName;
                    }

                    public java.math.BigDecimal getFreight() {
                        return freight;
                    }
                """);
        JavaMerge.Outcome outcome = JavaMerge.merge(BASE, ours, theirs);
        System.out.println(outcome.text());
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.lineMerged()).isEmpty();
    }
}
