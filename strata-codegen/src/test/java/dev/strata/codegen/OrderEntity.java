package dev.strata.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An entity as strata's generator writes it (one annotation per line, fields then getters and setters, sorted
 * imports, a Javadoc naming the table), for a small {@code orders} table whose shape each database change varies.
 */
record OrderEntity(boolean customer, boolean requiredDate, boolean freight, boolean orderLines, String cityField,
                   String cityColumn, String quantityType, int shipNameLength, boolean index) {
    static final OrderEntity BASE = new OrderEntity(true, true, false, false, "shipCity", "ship_city", "Integer", 40,
            false);

    OrderEntity withCustomer(boolean v) {
        return new OrderEntity(v, requiredDate, freight, orderLines, cityField, cityColumn, quantityType,
                shipNameLength, index);
    }

    OrderEntity withRequiredDate(boolean v) {
        return new OrderEntity(customer, v, freight, orderLines, cityField, cityColumn, quantityType,
                shipNameLength, index);
    }

    OrderEntity withFreight(boolean v) {
        return new OrderEntity(customer, requiredDate, v, orderLines, cityField, cityColumn, quantityType,
                shipNameLength, index);
    }

    OrderEntity withOrderLines(boolean v) {
        return new OrderEntity(customer, requiredDate, freight, v, cityField, cityColumn, quantityType,
                shipNameLength, index);
    }

    OrderEntity withCity(String field, String column) {
        return new OrderEntity(customer, requiredDate, freight, orderLines, field, column, quantityType,
                shipNameLength, index);
    }

    OrderEntity widened() {
        return new OrderEntity(customer, requiredDate, freight, orderLines, cityField, cityColumn, "Long", 80, index);
    }

    OrderEntity withIndex(boolean v) {
        return new OrderEntity(customer, requiredDate, freight, orderLines, cityField, cityColumn, quantityType,
                shipNameLength, v);
    }

    private record Field(List<String> annotations, String type, String name) {
    }

    String source() {
        TreeSet<String> imports = new TreeSet<>(List.of("jakarta.persistence.Column", "jakarta.persistence.Entity",
                "jakarta.persistence.Id", "jakarta.persistence.Table", "java.time.LocalDate"));
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(List.of("@Id", "@Column(name = \"order_id\", nullable = false)"), "Integer", "orderId"));
        if (customer) {
            imports.addAll(List.of("jakarta.persistence.FetchType", "jakarta.persistence.JoinColumn",
                    "jakarta.persistence.ManyToOne"));
            fields.add(new Field(List.of("@ManyToOne(fetch = FetchType.LAZY)",
                    "@JoinColumn(name = \"customer_id\")"), "Customer", "customer"));
        }
        fields.add(new Field(List.of("@Column(name = \"order_date\")"), "LocalDate", "orderDate"));
        if (requiredDate) {
            fields.add(new Field(List.of("@Column(name = \"required_date\")"), "LocalDate", "requiredDate"));
        }
        fields.add(new Field(List.of("@Column(name = \"ship_name\", length = " + shipNameLength + ")"), "String",
                "shipName"));
        fields.add(new Field(List.of("@Column(name = \"" + cityColumn + "\", length = 15)"), "String", cityField));
        fields.add(new Field(List.of("@Column(name = \"quantity\", nullable = false)"), quantityType, "quantity"));
        fields.add(new Field(List.of("@Column(name = \"status\", length = 10)"), "String", "status"));
        if (freight) {
            imports.add("java.math.BigDecimal");
            fields.add(new Field(List.of("@Column(name = \"freight\", precision = 10, scale = 2)"), "BigDecimal",
                    "freight"));
        }
        if (orderLines) {
            imports.addAll(List.of("jakarta.persistence.OneToMany", "java.util.ArrayList", "java.util.List"));
            fields.add(new Field(List.of("@OneToMany(mappedBy = \"order\")"), "List<OrderLine>", "orderLines"));
        }
        if (index) {
            imports.add("jakarta.persistence.Index");
        }
        StringBuilder out = new StringBuilder("package com.example.shop;\n\n");
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append("\n/** The {@code orders} table. */\n@Entity\n");
        out.append(index ? "@Table(name = \"orders\", indexes = @Index(name = \"orders_ship_name\", columnList = "
                + "\"ship_name\"))\n" : "@Table(name = \"orders\")\n");
        out.append("public class Order {\n");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            out.append(i == 0 ? "" : "\n");
            f.annotations().forEach(a -> out.append("    ").append(a).append('\n'));
            out.append("    private ").append(f.type()).append(' ').append(f.name())
                    .append(f.type().startsWith("List<") ? " = new ArrayList<>()" : "").append(";\n");
        }
        for (Field f : fields) {
            String property = Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1);
            out.append("\n    public ").append(f.type()).append(" get").append(property).append("() {\n")
                    .append("        return ").append(f.name()).append(";\n    }\n");
            out.append("\n    public void set").append(property).append('(').append(f.type()).append(' ')
                    .append(f.name()).append(") {\n        this.").append(f.name()).append(" = ").append(f.name())
                    .append(";\n    }\n");
        }
        return out.append("}\n").toString();
    }
}
