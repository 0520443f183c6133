package dev.strata.dialect;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URL helpers: redaction of secrets and expansion of {@code ${ENV_VARS}}. */
public final class JdbcUrls {
    private static final Pattern SECRET_PARAM =
            Pattern.compile("(?i)([?&;:](?:password|pwd|passwd|sslpassword|sslkey_password)=)([^&;]*)");
    private static final Pattern USERINFO = Pattern.compile("(//[^/@:?]*:)([^@/]*)(@)");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private JdbcUrls() {
    }

    /** The URL with every password replaced by {@code ***}, safe for messages and logs. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String out = SECRET_PARAM.matcher(url).replaceAll("$1***");
        return USERINFO.matcher(out).replaceAll("$1***$3");
    }

    /** Replaces every secret occurrence of {@code secret} in free text, for driver messages that echo it. */
    public static String scrub(String text, String url) {
        if (text == null || url == null) {
            return text;
        }
        String out = text.replace(url, redact(url));
        Matcher m = SECRET_PARAM.matcher(url);
        while (m.find()) {
            if (!m.group(2).isEmpty()) {
                out = out.replace(m.group(2), "***");
            }
        }
        Matcher u = USERINFO.matcher(url);
        while (u.find()) {
            if (!u.group(2).isEmpty()) {
                out = out.replace(u.group(2), "***");
            }
        }
        return out;
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
                throw new dev.strata.error.StrataException(dev.strata.error.ExitCode.USAGE,
                        "environment variable " + m.group(1) + " is not set: export it, or give the value directly");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
