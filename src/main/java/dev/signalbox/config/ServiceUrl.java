package dev.signalbox.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An http(s) base URL, validated with a message that says which part is wrong. */
public record ServiceUrl(URI uri) {

    public static ServiceUrl parse(String text) throws ConfigException {
        if (text == null || text.isBlank()) {
            throw new ConfigException("", "the URL is empty");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException("", "'" + text + "' is not a valid URL: " + e.getReason() + " at character " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            throw new ConfigException("", "'" + text + "' has no scheme; write https://" + text);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ConfigException("", "'" + text + "' uses scheme '" + scheme + "'; only http:// and https:// are supported");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new ConfigException("", "'" + text + "' has no host name");
        }
        if (uri.getUserInfo() != null) {
            throw new ConfigException("", "the URL contains credentials; put secrets in references, not in URLs");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new ConfigException("", "'" + text + "' has port " + uri.getPort() + "; a port is 1 to 65535");
        }
        return new ServiceUrl(uri);
    }

    /** The base joined with an absolute path, without doubling the slash. */
    public String resolve(String path) {
        String base = uri.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + path;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
