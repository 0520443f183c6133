package dev.strata.jpa;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.View;

import java.util.List;
import java.util.Map;

/** Schema models built in code that exercise what the generator must express, per dialect. */
final class RichModels {
    private RichModels() {
    }

    static SchemaModel postgres() {
        String s = "public";
        Table customers = table(s, "customers", List.of(
                col("customer_id", "integer", DataType.of(Kind.INTEGER), false, null, Identity.of(Identity.Kind.BY_DEFAULT), null),
                col("email", "character varying(120)", DataType.sized(Kind.VARCHAR, 120), false, null, null, null),
                col("FullName", "text", DataType.of(Kind.TEXT), true, null, null, "shown on invoices"),
                col("created_at", "timestamp(6) with time zone", new DataType(Kind.TIMESTAMP_TZ, null, 6, null, null), false, "now()", null, null),
                col("active", "boolean", DataType.of(Kind.BOOLEAN), false, "true", null, null)),
                pk("customers_pkey", "customer_id"), List.of(),
                List.of(new UniqueConstraint("customers_email_key", List.of("email"), null, Map.of())),
                List.of(CheckConstraint.of("customers_email_check", "(email)::text ~~ '%@%'::text")), List.of(),
                "People who order");
        Table orders = table(s, "orders", List.of(
                col("id", "bigint", DataType.of(Kind.BIGINT), false, "nextval('orders_id_seq'::regclass)", Identity.of(Identity.Kind.SERIAL), null),
                col("customer_id", "integer", DataType.of(Kind.INTEGER), false, null, null, null),
                col("status", "order_status", DataType.named(Kind.ENUM, "order_status"), false, null, null, null),
                col("total", "numeric(10,2)", DataType.numeric(10, 2), true, null, null, null),
                col("placed_on", "date", DataType.of(Kind.DATE), true, null, null, null),
                col("notes", "jsonb", DataType.of(Kind.JSONB), true, null, null, null),
                col("tags", "text[]", DataType.named(Kind.ARRAY, "text"), true, null, null, null)),
                pk("orders_pkey", "id"),
                List.of(fk("orders_customer_id_fkey", List.of("customer_id"), s, "customers", List.of("customer_id"), "CASCADE")),
                List.of(), List.of(),
                List.of(index("orders_placed_on_idx", false, "placed_on"), index("orders_status_total_idx", false, "status", "total")),
                null);
        Table products = table(s, "products", List.of(
                col("sku", "uuid", DataType.of(Kind.UUID), false, null, null, null),
                col("name", "character varying(255)", DataType.sized(Kind.VARCHAR, 255), false, null, null, null),
                col("picture", "bytea", DataType.of(Kind.BLOB), true, null, null, null),
                col("weight", "double precision", DataType.of(Kind.DOUBLE), true, null, null, null),
                col("price", "numeric(38,2)", DataType.numeric(38, 2), false, null, null, null)),
                pk("products_pkey", "sku"), List.of(), List.of(), List.of(), List.of(), null);
        Table items = table(s, "order_items", List.of(
                col("order_id", "bigint", DataType.of(Kind.BIGINT), false, null, null, null),
                col("line_no", "smallint", DataType.of(Kind.SMALLINT), false, null, null, null),
                col("product_sku", "uuid", DataType.of(Kind.UUID), false, null, null, null),
                col("quantity", "integer", DataType.of(Kind.INTEGER), false, "1", null, null)),
                pk("order_items_pkey", "order_id", "line_no"),
                List.of(fk("order_items_order_id_fkey", List.of("order_id"), s, "orders", List.of("id"), "NO ACTION"),
                        fk("order_items_product_sku_fkey", List.of("product_sku"), s, "products", List.of("sku"), "NO ACTION")),
                List.of(), List.of(CheckConstraint.of("order_items_quantity_check", "(quantity > 0)")), List.of(), null);
        Table log = table(s, "audit_log", List.of(
                col("at", "timestamp(6) without time zone", new DataType(Kind.TIMESTAMP, null, 6, null, null), false, null, null, null)),
                null, List.of(), List.of(), List.of(), List.of(), null);
        View view = new View(QualifiedName.of(s, "big_orders"), "SELECT id FROM orders", false, List.of(), List.of(),
                List.of(), null, null, List.of(), Map.of());
        EnumType status = new EnumType(QualifiedName.of(s, "order_status"), List.of("placed", "paid", "shipped"),
                null, null, List.of());
        Schema schema = new Schema(s, null, null, List.of(), List.of(customers, orders, products, items, log),
                List.of(view), List.of(), List.of(status), List.of(), List.of(), List.of());
        return new SchemaModel("postgresql", List.of(schema), List.of(), List.of());
    }

    static SchemaModel mysql() {
        String s = "shop";
        Table authors = table(s, "authors", List.of(
                col("id", "int(11)", DataType.of(Kind.INTEGER), false, null, Identity.of(Identity.Kind.AUTO_INCREMENT), null),
                col("name", "varchar(80)", DataType.sized(Kind.VARCHAR, 80), false, null, null, null),
                col("bio", "longtext", DataType.of(Kind.CLOB), true, "NULL", null, null),
                col("born", "datetime(6)", new DataType(Kind.TIMESTAMP, null, 6, null, null), true, "NULL", null, null),
                col("rating", "decimal(3,1)", DataType.numeric(3, 1), true, "0.0", null, null),
                col("flags", "tinyint(1)", DataType.of(Kind.TINYINT), false, "0", null, null)),
                new PrimaryKey("PRIMARY", List.of("id"), null, Map.of()), List.of(), List.of(), List.of(),
                List.of(index("name", true, "name")), null);
        Table books = table(s, "books", List.of(
                col("isbn", "char(13)", DataType.sized(Kind.CHAR, 13), false, null, null, null),
                col("author_id", "int(11)", DataType.of(Kind.INTEGER), false, null, null, null),
                col("title", "varchar(255)", DataType.sized(Kind.VARCHAR, 255), false, null, null, null),
                col("format", "enum('ebook','paper')", DataType.named(Kind.ENUM, "('ebook','paper')"), true, "NULL", null, null)),
                new PrimaryKey("PRIMARY", List.of("isbn"), null, Map.of()),
                List.of(fk("books_author_fk", List.of("author_id"), s, "authors", List.of("id"), "RESTRICT")),
                List.of(), List.of(), List.of(index("books_author_fk", false, "author_id")), null);
        Schema schema = new Schema(s, null, null, List.of(), List.of(authors, books), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new SchemaModel("mysql", List.of(schema), List.of(), List.of());
    }

    static SchemaModel sqlite() {
        String s = "main";
        Table artists = table(s, "Artist", List.of(
                col("ArtistId", "INTEGER", DataType.of(Kind.INTEGER), false, null, Identity.of(Identity.Kind.ROWID), null),
                col("Name", "NVARCHAR(120)", DataType.sized(Kind.VARCHAR, 120), true, null, null, null)),
                new PrimaryKey(null, List.of("ArtistId"), null, Map.of()), List.of(), List.of(), List.of(), List.of(), null);
        Table albums = table(s, "Album", List.of(
                col("AlbumId", "INTEGER", DataType.of(Kind.INTEGER), false, null, Identity.of(Identity.Kind.ROWID), null),
                col("Title", "NVARCHAR(160)", DataType.sized(Kind.VARCHAR, 160), false, null, null, null),
                col("ArtistId", "INTEGER", DataType.of(Kind.INTEGER), false, null, null, null)),
                new PrimaryKey(null, List.of("AlbumId"), null, Map.of()),
                List.of(fk(null, List.of("ArtistId"), s, "Artist", List.of("ArtistId"), "NO ACTION")),
                List.of(), List.of(), List.of(index("IFK_AlbumArtistId", false, "ArtistId")), null);
        Schema schema = new Schema(s, null, null, List.of(), List.of(artists, albums), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new SchemaModel("sqlite", List.of(schema), List.of(), List.of());
    }

    static Column col(String name, String type, DataType normalized, boolean nullable, String defaultValue,
                      Identity identity, String comment) {
        return new Column(name, type, normalized, nullable, defaultValue, identity, null, null, comment, Map.of());
    }

    static PrimaryKey pk(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns), null, Map.of());
    }

    static ForeignKey fk(String name, List<String> columns, String schema, String table, List<String> referenced,
                         String onDelete) {
        return new ForeignKey(name, columns, QualifiedName.of(schema, table), referenced, onDelete, "NO ACTION",
                false, false, null, true, null);
    }

    static Index index(String name, boolean unique, String... columns) {
        return new Index(name, unique, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), List.of(), null,
                null, null, Map.of(), null);
    }

    static Table table(String schema, String name, List<Column> columns, PrimaryKey pk, List<ForeignKey> fks,
                       List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<Index> indexes,
                       String comment) {
        return new Table(QualifiedName.of(schema, name), columns, pk, fks, uniques, checks, indexes, List.of(),
                List.of(), null, null, List.of(), RowSecurity.NONE, null, comment, List.of(), Map.of(), null);
    }
}
