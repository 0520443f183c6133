package dev.strata.config;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.migrate.StatementLocks;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads strata.yaml (YAML 1.2, through SnakeYAML Engine) into a {@link StrataConfig}; unknown keys are errors. */
public final class StrataYaml {
    private static final Set<String> TOP_KEYS = Set.of("default_environment", "environments", "migrations", "models",
            "lock_timeout", "online", "statement_lock_timeout", "statement_lock_retries");
    private static final Set<String> MODEL_KEYS = Set.of("directory", "package", "naming", "base_package",
            "include_schemas", "exclude_schemas", "include_tables", "exclude_tables");
    private static final Set<String> NAMINGS = Set.of("spring", "jpa");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private StrataYaml() {
    }

    public static StrataConfig load(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StrataException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage()
                    + ": run `strata init` to write one, or pass --config FILE");
        }
    }

    public static StrataConfig parse(Path file, String text) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new StrataException(ExitCode.USAGE, file + " is not valid YAML: "
                    + e.getMessage().replaceAll("\\s+", " ").strip());
        }
        Map<String, Object> top = map(file, root == null ? Map.of() : root, "the file");
        for (String key : top.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw problem(file, "unknown key '" + key + "' (known: " + String.join(", ", TOP_KEYS.stream()
                        .sorted().toList()) + ")");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        StrataConfig defaults = StrataConfig.defaults(dir);
        Map<String, Object> models = map(file, top.getOrDefault("models", Map.of()), "'models'");
        for (String key : models.keySet()) {
            if (!MODEL_KEYS.contains(key)) {
                throw problem(file, "unknown key 'models." + key + "' (known: " + String.join(", ", MODEL_KEYS
                        .stream().sorted().toList()) + ")");
            }
        }
        String modelsPackage = orDefault(string(file, models.get("package"), "models.package"),
                defaults.modelsPackage());
        return new StrataConfig(dir, environments(file, top.get("environments")),
                string(file, top.get("default_environment"), "default_environment"),
                path(dir, string(file, top.get("migrations"), "migrations"), defaults.migrations()),
                path(dir, string(file, models.get("directory"), "models.directory"), defaults.modelsDirectory()),
                modelsPackage, naming(file, models.get("naming")),
                orDefault(string(file, models.get("base_package"), "models.base_package"),
                        StrataConfig.parentPackage(modelsPackage)),
                duration(file, top.get("lock_timeout")), scope(file, models), online(file, top.get("online")),
                statementLocks(file, top.get("statement_lock_timeout"), top.get("statement_lock_retries")));
    }

    /** The globs that say what check and autogenerate compare, as {@code strata inspect}'s filters. */
    private static InspectOptions scope(Path file, Map<String, Object> models) {
        return new InspectOptions(globs(file, models, "include_schemas"), globs(file, models, "exclude_schemas"),
                globs(file, models, "include_tables"), globs(file, models, "exclude_tables"));
    }

    /** A list of globs, or one glob written as a plain value. */
    private static List<String> globs(Path file, Map<String, Object> models, String key) {
        Object value = models.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map) {
            throw problem(file, "'models." + key + "' must be a list of globs, e.g. [audit_log, 'tmp_*']");
        }
        List<String> out = new ArrayList<>();
        for (Object item : value instanceof Iterable<?> items ? items : List.of(value)) {
            out.add(string(file, item, "models." + key));
        }
        return out;
    }

    /** {@code statement_lock_timeout: 2s} (or {@code off}: wait as the server says) and {@code statement_lock_retries}. */
    private static StatementLocks statementLocks(Path file, Object timeout, Object retries) {
        Duration wait = timeout == null ? StatementLocks.DEFAULT.timeout()
                : "off".equals(String.valueOf(timeout)) || Boolean.FALSE.equals(timeout) ? null
                : duration(file, timeout, "statement_lock_timeout");
        if (retries != null && !(retries instanceof Integer n && n >= 0)) {
            throw problem(file, "statement_lock_retries '" + retries + "' is not a whole number of 0 or more");
        }
        return new StatementLocks(wait, retries == null ? StatementLocks.DEFAULT.retries() : (Integer) retries);
    }

    private static boolean online(Path file, Object value) {
        if (value == null) {
            return true;
        }
        if (!(value instanceof Boolean b)) {
            throw problem(file, "online '" + value + "' is not a boolean: write 'online: false' for plain plans "
                    + "(or leave it out for online ones)");
        }
        return b;
    }

    private static String naming(Path file, Object value) {
        String naming = orDefault(string(file, value, "models.naming"), StrataConfig.DEFAULT_NAMING);
        if (!NAMINGS.contains(naming)) {
            throw problem(file, "models.naming '" + naming + "' is not known: write 'spring' (Spring Boot's "
                    + "snake_case) or 'jpa' (names as written)");
        }
        return naming;
    }

    private static Map<String, String> environments(Path file, Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(file, value == null ? Map.of() : value, "'environments'").entrySet()) {
            Map<String, Object> env = map(file, e.getValue(), "environment '" + e.getKey() + "'");
            String url = string(file, env.get("url"), "environments." + e.getKey() + ".url");
            if (url == null || url.isBlank()) {
                throw problem(file, "environment '" + e.getKey() + "' has no 'url:'");
            }
            out.put(e.getKey(), url);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Path file, Object value, String what) {
        if (!(value instanceof Map<?, ?> m)) {
            throw problem(file, what + " must be a mapping of keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String string(Path file, Object value, String key) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof Iterable) {
            throw problem(file, "'" + key + "' must be a single value");
        }
        return String.valueOf(value);
    }

    private static Path path(Path dir, String value, Path fallback) {
        return value == null ? fallback : dir.resolve(value).normalize();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /**
     * A duration as strata.yaml writes one (60s, 500ms, 2m, 1h; a bare number is seconds); {@code file} names where
     * it came from in the error. Public for the front ends that take a lock timeout of their own.
     */
    public static Duration duration(Path file, Object value) {
        return value == null ? StrataConfig.DEFAULT_LOCK_TIMEOUT : duration(file, value, "lock_timeout");
    }

    private static Duration duration(Path file, Object value, String key) {
        Matcher m = DURATION.matcher(String.valueOf(value).strip());
        if (!m.matches()) {
            throw problem(file, key + " '" + value + "' is not a duration: write e.g. 60s, 500ms or 2m");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    private static StrataException problem(Path file, String message) {
        return new StrataException(ExitCode.USAGE, file + ": " + message);
    }
}
