package dev.signalbox.config;

import java.util.Map;

/**
 * How a profile names its database: a secret reference ({@code env:DATABASE_URL}), because Railway's URLs carry
 * the password; a literal URL without a password (the password then comes from {@code PGPASSWORD} or
 * {@code ~/.pgpass}); or {@code libpq:} / {@code libpq:service=NAME}, the connection libpq's {@code PG*} variables
 * and {@code pg_service.conf} describe when Signalbox runs ({@link LibpqSettings}).
 */
public sealed interface DatabaseReference {

    record FromSecret(SecretReference reference) implements DatabaseReference {
        @Override
        public String toString() {
            return reference.toString();
        }
    }

    record Literal(DatabaseUrl url) implements DatabaseReference {
        @Override
        public String toString() {
            return url.redacted();
        }
    }

    /** {@code libpq:} (PGSERVICE and the PG* variables) or {@code libpq:service=NAME}. */
    record Libpq(String service) implements DatabaseReference {
        public static final String PREFIX = "libpq:";

        @Override
        public String toString() {
            return PREFIX + (service == null ? "" : "service=" + service);
        }
    }

    static DatabaseReference parse(String text) throws ConfigException {
        if (text != null && text.startsWith(Libpq.PREFIX)) {
            String rest = text.substring(Libpq.PREFIX.length()).strip();
            if (rest.isEmpty()) {
                return new Libpq(null);
            }
            if (!rest.matches("service=[A-Za-z0-9._-]+")) {
                throw new ConfigException("", "write libpq: (the PG* variables) or libpq:service=NAME (a pg_service.conf section)");
            }
            return new Libpq(rest.substring("service=".length()));
        }
        if (SecretReference.looksLikeReference(text)) {
            return new FromSecret(SecretReference.parse(text, "database.url"));
        }
        DatabaseUrl url = DatabaseUrl.parse(text);
        if (url.hasPassword()) {
            throw new ConfigException("", "the URL contains a password, and profiles never hold secrets; use"
                    + " env:DATABASE_URL, or drop the password and set PGPASSWORD");
        }
        return new Literal(url);
    }

    /** The URL to connect with, resolving the reference against the environment. */
    default DatabaseUrl resolve(Map<String, String> environment) throws ConfigException {
        if (this instanceof FromSecret fromSecret) {
            Secret secret = fromSecret.reference().resolve(environment);
            try {
                return DatabaseUrl.parse(secret.reveal());
            } catch (ConfigException e) {
                throw new ConfigException(fromSecret.reference().toString(), e.getMessage(), e);
            }
        }
        if (this instanceof Libpq libpq) {
            return LibpqSettings.resolve(libpq.service(), environment);
        }
        return LibpqSettings.completePassword(((Literal) this).url(), environment);
    }

    default DatabaseUrl resolve() throws ConfigException {
        return resolve(System.getenv());
    }
}
