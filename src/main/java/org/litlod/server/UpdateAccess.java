package org.litlod.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The one account allowed to write over HTTP (SPARQL Update at {@code /papers/update}, Graph
 * Store Protocol at {@code /papers/data}), with HTTP Basic authentication. The password comes
 * from a file or an environment variable, never from the command line or the repository, and
 * {@link #toString()} never shows it.
 *
 * @param user     the user name
 * @param password the password (at least {@value #MIN_PASSWORD} characters)
 */
public record UpdateAccess(String user, String password) {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 12;

    public UpdateAccess {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("LITLOD-SERVER-010 the update user name must be non-empty, without ':'");
        }
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("LITLOD-SERVER-011 the update password must have at least "
                    + MIN_PASSWORD + " characters");
        }
    }

    /** The password from the first line of {@code file}. */
    public static UpdateAccess fromFile(String user, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int eol = text.indexOf('\n');
            return new UpdateAccess(user, (eol < 0 ? text : text.substring(0, eol)).strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("LITLOD-SERVER-012 " + file + ": cannot read the update password file ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The password from the environment variable {@code variable}. */
    public static UpdateAccess fromEnvironment(String user, String variable, Map<String, String> environment) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("LITLOD-SERVER-013 the environment variable " + variable
                    + " holds no update password");
        }
        return new UpdateAccess(user, value.strip());
    }

    @Override
    public String toString() {
        return "UpdateAccess[user=" + user + ", password=(hidden)]";
    }
}
