package dev.strata.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version: from the jar manifest, else from version.properties, which Maven's resource filtering
 * fills in (so that it is right from target/classes too).
 */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"strata " + current()};
    }

    static String current() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : fromResource();
    }

    private static String fromResource() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from strata-cli's classes");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
