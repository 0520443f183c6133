package dev.strata.codegen;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark of bench/javamerge.sh (not a test): merges 1,000 edited entities with a new generation of each, as a
 * rebuild after a schema change does, in one thread, and prints the median of five timed rounds after warm-up.
 * Then the same merges in parallel, as {@link Regeneration} runs them ({@link JavaMergesAhead}).
 * Each entity carries a method at the end and an extra annotation; the new generation adds a column and a
 * collection of a new table's foreign key.
 */
public final class JavaMergeBench {
    private JavaMergeBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<String[]> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String base = OrderEntity.BASE.source().replace("class Order ", "class Order" + i + " ");
            String ours = JavaMergeMatrixTest.beforeLastBrace(base.replace("    @Column(name = \"ship_name\"",
                    "    @Deprecated\n    @Column(name = \"ship_name\""),
                    "\n    public String label() {\n        return orderId + \" \" + shipName;\n    }\n");
            String theirs = OrderEntity.BASE.withFreight(true).withOrderLines(true).source()
                    .replace("class Order ", "class Order" + i + " ");
            files.add(new String[] {base, ours, theirs});
            bytes += ours.length();
        }
        for (int round = 0; round < 5; round++) {
            mergeAll(files);   // warm-up: JIT
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[5];
        long[] cpu = new long[millis.length];
        for (int round = 0; round < millis.length; round++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            int conflicts = mergeAll(files);
            millis[round] = (System.nanoTime() - start) / 1_000_000;
            cpu[round] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            if (conflicts != 0) {
                throw new IllegalStateException(conflicts + " conflicts: the benchmark's merges must be clean");
            }
        }
        long[] parallel = new long[5];
        for (int round = 0; round < parallel.length; round++) {
            long start = System.nanoTime();
            mergeAllInParallel(files);
            parallel[round] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(parallel);
        Arrays.sort(millis);
        Arrays.sort(cpu);
        // CPU time too: on a shared machine the wall clock also counts the other processes' turns
        System.out.printf("java merge: %d entities (%d KB of user sources), median of %d rounds: %d ms wall "
                        + "(min %d, max %d), %d ms CPU of the merging thread (min %d)%n", count, bytes / 1024,
                millis.length, millis[millis.length / 2], millis[0], millis[millis.length - 1], cpu[cpu.length / 2],
                cpu[0]);
        System.out.printf("in parallel, as a rebuild merges them (%d cores): median %d ms wall (min %d)%n",
                Runtime.getRuntime().availableProcessors(), parallel[parallel.length / 2], parallel[0]);
    }

    private static int mergeAllInParallel(List<String[]> files) {
        return (int) files.parallelStream().map(f -> JavaMerge.merge(f[0], f[1], f[2]))
                .filter(o -> o.hasConflicts() || o.lineMerged().isPresent()).count();
    }

    private static int mergeAll(List<String[]> files) {
        int conflicts = 0;
        for (String[] f : files) {
            JavaMerge.Outcome outcome = JavaMerge.merge(f[0], f[1], f[2]);
            if (outcome.hasConflicts() || outcome.lineMerged().isPresent()) {
                conflicts++;
            }
        }
        return conflicts;
    }
}
