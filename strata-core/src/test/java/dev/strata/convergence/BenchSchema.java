package dev.strata.convergence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The synthetic PostgreSQL schema of the benchmarks, generated in-process: a port of ../shared/bench/gen_schema.py
 * ({@code --dialect pg}) that writes the same bytes for the same table count and seed (BenchSchemaTest pins them), so
 * that the convergence test needs neither Python nor the bench directory. Every table has a primary key, one or two
 * foreign keys to earlier tables, a unique code, a checked quantity, 8 to 12 columns of mixed types with defaults,
 * a secondary index and some comments.
 */
final class BenchSchema {
    static final long SEED = 20240601L;
    private static final String[] WORDS = {"alpha", "amount", "balance", "city", "color", "country", "detail",
        "email", "flag", "grade", "height", "label", "level", "margin", "note", "owner", "phone", "price", "rank",
        "ratio", "region", "score", "size", "status", "street", "tag", "title", "total", "weight", "zone"};
    private static final String[] KINDS = {"int", "bigint", "varchar", "varchar", "text", "numeric", "boolean",
        "timestamp", "date", "uuid", "json"};
    private static final String[] ON_DELETE = {"CASCADE", "SET NULL", "RESTRICT", "NO ACTION"};

    private BenchSchema() {
    }

    /** The script gen_schema.py writes for {@code --dialect pg --tables tables --seed seed}. */
    static String postgres(int tables, long seed) {
        Rng rng = new Rng(seed);
        StringBuilder out = new StringBuilder("-- synthetic schema: dialect=pg tables=" + tables + " seed=" + seed
                + "\nSET client_min_messages = warning;\n");
        for (int i = 1; i <= tables; i++) {
            out.append(table(i, rng));
        }
        return out.toString();
    }

    /** splitmix64, as the generator's own PRNG (unsigned 64-bit arithmetic). */
    private static final class Rng {
        private long s;

        Rng(long seed) {
            s = seed;
        }

        long next() {
            s += 0x9E3779B97F4A7C15L;
            long z = s;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        int below(int n) {
            return (int) Long.remainderUnsigned(next(), n);
        }

        int between(int lo, int hi) {
            return lo + below(hi - lo + 1);
        }

        <T> T choice(T[] values) {
            return values[below(values.length)];
        }

        boolean chance(int percent) {
            return below(100) < percent;
        }
    }

    private record Col(String name, String kind, boolean nullable, boolean hasDefault, int length) {
    }

    private static String name(int i) {
        return String.format("t_%05d", i);
    }

    private static String table(int i, Rng rng) {
        String t = name(i);
        boolean identity = rng.chance(50);
        List<Col> cols = new ArrayList<>(List.of(new Col("id", "pk", false, false, 0)));
        List<String> fks = new ArrayList<>();
        int foreignKeys = i == 1 ? 0 : i == 2 ? 1 : rng.between(1, 2);
        Set<Integer> targets = new LinkedHashSet<>();
        for (int k = 0; k < foreignKeys; k++) {
            int target = rng.chance(70) ? rng.between(Math.max(1, i - 20), i - 1) : rng.between(1, i - 1);
            if (targets.contains(target)) {
                target = rng.between(1, i - 1);
            }
            targets.add(target);
            String action = rng.choice(ON_DELETE);
            boolean nullable = action.equals("SET NULL") || rng.chance(30);
            String column = "ref" + (k + 1) + "_id";
            cols.add(new Col(column, "fkcol", nullable, false, 0));
            fks.add("CONSTRAINT fk_" + t + "_" + column + " FOREIGN KEY (" + column + ") REFERENCES " + name(target)
                    + " (id) ON DELETE " + action);
        }
        cols.add(new Col("code", "varchar_fixed", false, false, rng.choice(new Integer[] {20, 40, 64})));
        cols.add(new Col("qty", "int", false, true, 0));
        cols.add(new Col("created_at", "timestamp", false, true, 0));
        addColumns(cols, rng.between(8, 12), rng);
        List<String> lines = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (Col c : cols) {
            lines.add(columnLine(c, identity, rng));
            if (rng.chance(20) && !c.name().equals("id")) {
                comments.add("COMMENT ON COLUMN " + t + "." + c.name() + " IS '" + c.name() + " of " + t
                        + " (synthetic)';");
            }
        }
        lines.add("CONSTRAINT pk_" + t + " PRIMARY KEY (id)");
        lines.add("CONSTRAINT ck_" + t + "_qty CHECK (qty >= 0)");
        lines.addAll(fks);
        List<String> out = new ArrayList<>(List.of("CREATE TABLE " + t + " (\n    " + String.join(",\n    ", lines)
                + "\n);"));
        out.addAll(indexes(t, cols, rng));
        if (rng.chance(33)) {
            out.add("COMMENT ON TABLE " + t + " IS 'Synthetic table number " + i + "';");
        }
        out.addAll(comments);
        return String.join("\n", out) + "\n";
    }

    private static void addColumns(List<Col> cols, int total, Rng rng) {
        Set<String> names = new LinkedHashSet<>();
        cols.forEach(c -> names.add(c.name()));
        while (cols.size() < total) {
            String kind = rng.choice(KINDS);
            String base = rng.choice(WORDS);
            String name = base;
            for (int n = 2; names.contains(name); n++) {
                name = base + "_" + n;
            }
            names.add(name);
            boolean nullable = rng.chance(45);
            cols.add(new Col(name, kind, nullable, rng.chance(55), 0));
        }
    }

    /** The column's line; types with a size draw it here, in column order, as the generator does. */
    private static String columnLine(Col c, boolean identity, Rng rng) {
        switch (c.kind()) {
            case "pk":
                return identity ? "id bigint GENERATED BY DEFAULT AS IDENTITY" : "id bigint NOT NULL";
            case "fkcol":
                return c.name() + " bigint" + (c.nullable() ? "" : " NOT NULL");
            case "varchar_fixed":
                return c.name() + " varchar(" + c.length() + ") NOT NULL";
            default:
                String[] type = type(c.kind(), rng);
                return c.name() + " " + type[0] + (c.hasDefault() ? " DEFAULT " + type[1] : "")
                        + (c.nullable() ? "" : " NOT NULL");
        }
    }

    private static String[] type(String kind, Rng rng) {
        switch (kind) {
            case "int":
                return new String[] {"integer", "0"};
            case "bigint":
                return new String[] {"bigint", "0"};
            case "varchar":
                return new String[] {"varchar(" + rng.choice(new Integer[] {16, 32, 64, 100, 255}) + ")", "''"};
            case "text":
                return new String[] {"text", "''"};
            case "numeric":
                int precision = rng.choice(new Integer[] {10, 12, 18});
                return new String[] {"numeric(" + precision + "," + rng.choice(new Integer[] {2, 4}) + ")", "0"};
            case "boolean":
                return new String[] {"boolean", "false"};
            case "timestamp":
                return new String[] {"timestamptz", "now()"};
            case "date":
                return new String[] {"date", "CURRENT_DATE"};
            case "uuid":
                return new String[] {"uuid", "gen_random_uuid()"};
            case "json":
                return new String[] {"jsonb", "'{}'::jsonb"};
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static List<String> indexes(String t, List<Col> cols, Rng rng) {
        List<String> out = new ArrayList<>();
        out.add("CREATE UNIQUE INDEX ux_" + t + "_code ON " + t + " (code);");
        String lead = cols.stream().filter(c -> c.kind().equals("fkcol")).map(Col::name).findFirst().orElse("qty");
        out.add("CREATE INDEX ix_" + t + "_" + lead + "_created ON " + t + " (" + lead + ", created_at);");
        if (rng.chance(25)) {
            cols.stream().filter(c -> List.of("int", "bigint", "date").contains(c.kind()) && !c.name().equals("qty"))
                    .findFirst().ifPresent(c -> out.add("CREATE INDEX ix_" + t + "_" + c.name() + " ON " + t + " ("
                            + c.name() + ");"));
        }
        return out;
    }
}
