package dev.strata.config;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} references to environment variables in configuration values (URLs in strata.yaml and on the
 * command line), so that secrets stay out of files.
 */
public final class EnvironmentReferences {
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private EnvironmentReferences() {
    }

    /** Replaces {@code ${NAME}} with the value of environment variable NAME; fails on an unset variable. */
    public static String expand(String value, Map<String, String> env) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher m = ENV_REF.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = env.get(m.group(1));
            if (v == null) {
                throw new StrataException(ExitCode.USAGE,
                        "environment variable " + m.group(1) + " is not set: export it, or give the value directly");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
