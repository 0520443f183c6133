package dev.strata.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URL helpers: redaction of secrets for messages and logs. */
public final class JdbcUrls {
    private static final Pattern SECRET_PARAM =
            Pattern.compile("(?i)([?&;:](?:password|pwd|passwd|sslpassword|sslkey_password)=)([^&;]*)");
    private static final Pattern USERINFO = Pattern.compile("(//[^/@:?]*:)([^@/]*)(@)");

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
}
