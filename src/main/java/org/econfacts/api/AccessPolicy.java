package org.econfacts.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what, decided without HTTP types so it can be tested alone. Writes need a configured API
 * key; with no key configured only loopback clients may write (a laptop install works at once, an
 * exposed server refuses anonymous writes). Reads are open unless configured otherwise.
 */
public final class AccessPolicy {

    public enum Decision {
        ALLOW,
        /** no or a wrong credential */
        UNAUTHORIZED
    }

    private final List<byte[]> keys;
    private final boolean openReads;

    public AccessPolicy(Optional<List<String>> apiKeys, boolean openReads) {
        this.keys = apiKeys.orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.openReads = openReads;
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    public Decision decide(String method, Optional<String> presentedKey, boolean loopback) {
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        if (!write && openReads) {
            return Decision.ALLOW;
        }
        if (keys.isEmpty()) {
            return loopback ? Decision.ALLOW : Decision.UNAUTHORIZED;
        }
        return presentedKey.filter(this::known).isPresent() ? Decision.ALLOW : Decision.UNAUTHORIZED;
    }

    /** Constant-time comparison against every configured key. */
    private boolean known(String presented) {
        byte[] p = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] k : keys) {
            found |= MessageDigest.isEqual(k, p);
        }
        return found;
    }

    /** The key in {@code X-API-Key}, or in {@code Authorization: Bearer …}. */
    public static Optional<String> presented(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return Optional.of(apiKeyHeader);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7));
        }
        return Optional.empty();
    }
}
