package dev.signalbox.config;

import java.util.Map;

/**
 * How a profile names its database: a secret reference ({@code env:DATABASE_URL}), because Railway's URLs carry
 * the password, or a literal URL without a password (the password then comes from {@code PGPASSWORD}).
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

    static DatabaseReference parse(String text) throws ConfigException {
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
        DatabaseUrl url = ((Literal) this).url();
        String pgPassword = environment.get("PGPASSWORD");
        return pgPassword == null ? url : url.withPassword(Secret.of(pgPassword, "env:PGPASSWORD"));
    }

    default DatabaseUrl resolve() throws ConfigException {
        return resolve(System.getenv());
    }
}
