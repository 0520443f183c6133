package dev.strata.codegen;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources with javac against jakarta.validation-api and jakarta.persistence-api, warnings as errors. */
final class JavaCompilation {
    private JavaCompilation() {
    }

    /** @return javac's diagnostics; empty when the sources compiled cleanly */
    static String compile(Map<String, String> sources, Path workDir) throws Exception {
        List<String> args = new ArrayList<>(List.of("-proc:none", "-Xlint:all", "-Werror", "--release", "17",
                "-d", Files.createDirectories(workDir.resolve("classes")).toString(),
                "-classpath", jar(jakarta.validation.constraints.NotNull.class) + java.io.File.pathSeparator
                        + jar(jakarta.persistence.Entity.class)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = workDir.resolve("src").resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        int status = javac.run(null, new java.io.PrintStream(new WriterStream(diagnostics)),
                new java.io.PrintStream(new WriterStream(diagnostics)), args.toArray(String[]::new));
        return status == 0 ? diagnostics.toString() : "javac exit " + status + "\n" + diagnostics;
    }

    private static String jar(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static final class WriterStream extends java.io.OutputStream {
        private final StringWriter writer;

        WriterStream(StringWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) throws IOException {
            writer.write(b);
        }
    }
}
