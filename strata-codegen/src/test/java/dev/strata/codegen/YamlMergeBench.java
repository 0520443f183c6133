package dev.strata.codegen;

import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of bench/yamlmerge.sh (not a test): merges admin.yaml and openapi.yaml of a schema of 1,000 tables,
 * as a rebuild after a schema change does, in one thread, and prints the median of five timed rounds after warm-up.
 * The user relabelled every resource and commented it; the new generation adds a column to every table.
 */
public final class YamlMergeBench {
    private YamlMergeBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Map<String, String> base = generate(count, false);
        Map<String, String> theirs = generate(count, true);
        List<String[]> files = new ArrayList<>();
        for (String path : List.of(AdminGenerator.PATH, OpenApiGenerator.PATH)) {
            files.add(new String[] {base.get(path), edited(base.get(path), count), theirs.get(path)});
        }
        for (int round = 0; round < 5; round++) {
            mergeAll(files);   // warm-up: JIT
        }
        long[] millis = new long[5];
        for (int round = 0; round < millis.length; round++) {
            long start = System.nanoTime();
            int conflicts = mergeAll(files);
            millis[round] = (System.nanoTime() - start) / 1_000_000;
            if (conflicts != 0) {
                throw new IllegalStateException(conflicts + " conflicts: the benchmark's merges must be clean");
            }
        }
        Arrays.sort(millis);
        System.out.printf("yaml merge: admin.yaml (%d KB) and openapi.yaml (%d KB) of %d tables, median of %d rounds:"
                        + " %d ms (min %d, max %d)%n", files.get(0)[1].length() / 1024, files.get(1)[1].length() / 1024,
                count, millis.length, millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }

    private static Map<String, String> generate(int count, boolean withColumn) {
        Table[] tables = new Table[count];
        for (int i = 0; i < count; i++) {
            List<dev.strata.model.Column> columns = new ArrayList<>(List.of(MusicSchema.identity("id"),
                    MusicSchema.varchar("name", 80, false), MusicSchema.numeric("amount", 10, 2, true)));
            if (withColumn) {
                columns.add(MusicSchema.integer("rank", true));
            }
            tables[i] = MusicSchema.table("item_" + i, columns, null);
        }
        SchemaModel model = MusicSchema.model(tables);
        return MusicSchema.generate(model);
    }

    /** Every resource relabelled with a comment above it; every list's summary rewritten. */
    private static String edited(String text, int count) {
        String edited = text.replaceAll("(?m)^  (Item\\d+):\\n    label: .*$", "  # mine\n  $1:\n    label: Mine");
        return edited.replace("records, a page at a time", "records, mine");
    }

    private static int mergeAll(List<String[]> files) {
        int conflicts = 0;
        for (String[] f : files) {
            YamlMerge.Outcome outcome = YamlMerge.merge(f[0], f[1], f[2]);
            if (outcome.hasConflicts() || outcome.lineMerged().isPresent()) {
                conflicts++;
            }
        }
        return conflicts;
    }
}
