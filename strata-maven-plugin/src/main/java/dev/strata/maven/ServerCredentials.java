package dev.strata.maven;

import dev.strata.api.Strata;
import dev.strata.dialect.JdbcUrls;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The username and password of a settings.xml {@code <server>}, decrypted as Maven does, added to the JDBC URL as the
 * {@code user} and {@code password} parameters that the PostgreSQL and MariaDB drivers read (other databases take
 * {@code ${env.X}} references in the URL instead). The URL holding them is never logged: {@link #scrub} takes the
 * password out of every message.
 */
final class ServerCredentials {
    static final ServerCredentials NONE = new ServerCredentials(null, null, null);
    private static final Pattern CREDENTIAL_PARAM = Pattern.compile("(?i)([?&])(user|password)=[^&]*&?");

    private final String serverId;
    private final String username;
    private final String password;
    private String url;

    private ServerCredentials(String serverId, String username, String password) {
        this.serverId = serverId;
        this.username = username;
        this.password = password;
    }

    /** The server's credentials, or {@link #NONE} without a server id; an unknown id is an error. */
    static ServerCredentials of(String serverId, Settings settings, SettingsDecrypter decrypter) {
        if (serverId == null || serverId.isBlank()) {
            return NONE;
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new StrataException(ExitCode.USAGE, "no <server> with id '" + serverId + "' in settings.xml: add "
                    + "one with <username> and <password>, or leave out strata.serverId");
        }
        Server decrypted = decrypt(server, decrypter);
        return new ServerCredentials(serverId, decrypted.getUsername(), decrypted.getPassword());
    }

    private static Server decrypt(Server server, SettingsDecrypter decrypter) {
        if (decrypter == null) {
            return server;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new StrataException(ExitCode.USAGE, "cannot decrypt the password of server '" + server.getId()
                        + "' in settings.xml: " + problem.getMessage() + ": check settings-security.xml");
            }
        }
        return result.getServer() == null ? server : result.getServer();
    }

    /** The facade connecting as this server's user; unchanged without a server, and for SQLite, which has no users. */
    Strata applyTo(Strata strata, Log log) {
        if (serverId == null) {
            return strata;
        }
        String base = strata.url();
        if (base.startsWith("jdbc:sqlite:")) {
            log.warn("strata.serverId '" + serverId + "' is ignored: an SQLite database has no user or password");
            return strata;
        }
        url = withCredentials(base);
        return strata.withUrl(url);
    }

    /**
     * The URL with its own user and password parameters replaced by the server's. PostgreSQL's driver decodes
     * parameter values, MariaDB's takes them as written (so a password there cannot hold '&').
     */
    private String withCredentials(String base) {
        boolean decodes = base.startsWith("jdbc:postgresql:");
        if (!decodes && !base.startsWith("jdbc:mariadb:") && !base.startsWith("jdbc:mysql:")) {
            throw new StrataException(ExitCode.USAGE, "strata.serverId works with PostgreSQL and MariaDB URLs: for "
                    + "this database write the credentials into strata.url as ${env.NAME} references instead");
        }
        if (!decodes && password != null && password.contains("&")) {
            throw new StrataException(ExitCode.USAGE, "the password of server '" + serverId + "' contains '&', which "
                    + "a MariaDB JDBC URL cannot carry: change the password, or connect without strata.serverId");
        }
        String stripped = base;
        String previous;
        do {
            previous = stripped;
            stripped = CREDENTIAL_PARAM.matcher(stripped).replaceFirst("$1");
        } while (!stripped.equals(previous));
        stripped = stripped.replaceAll("[?&]$", "");
        StringBuilder out = new StringBuilder(stripped).append(stripped.contains("?") ? '&' : '?');
        if (username != null) {
            out.append("user=").append(decodes ? encode(username) : username).append('&');
        }
        if (password != null) {
            out.append("password=").append(decodes ? encode(password) : password).append('&');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The message with this server's password, plain or URL-encoded, and the URL's secrets replaced by ***. */
    String scrub(String message) {
        String out = JdbcUrls.scrub(message, url);
        if (password != null && !password.isEmpty() && out != null) {
            out = out.replace(password, "***").replace(encode(password), "***");
        }
        return out;
    }
}
