package org.econfacts.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what, decided without HTTP types so it can be tested alone. There are two kinds of key:
 * writer keys ({@code econfacts.security.api-keys}) may submit documents; operator keys
 * ({@code econfacts.security.operator-keys}) may also do what changes or reads the whole store's
 * state: delete and re-extract documents, start and read jobs ({@link OperatorOnly}). With no key of
 * either kind configured only loopback clients may write, and they may do everything (a laptop install
 * works at once, an exposed server refuses anonymous writes). Reads are open unless configured otherwise.
 */
public final class AccessPolicy {

    public enum Decision {
        ALLOW,
        /** no or a wrong credential */
        UNAUTHORIZED,
        /** a valid credential that does not allow this (a writer key on an operator action) */
        FORBIDDEN
    }

    /** What a caller may do. */
    public enum Role {
        NONE,
        WRITER,
        OPERATOR
    }

    private final List<byte[]> writerKeys;
    private final List<byte[]> operatorKeys;
    private final boolean openReads;

    public AccessPolicy(Optional<List<String>> writerKeys, Optional<List<String>> operatorKeys, boolean openReads) {
        this.writerKeys = bytes(writerKeys);
        this.operatorKeys = bytes(operatorKeys);
        this.openReads = openReads;
    }

    public AccessPolicy(Optional<List<String>> apiKeys, boolean openReads) {
        this(apiKeys, Optional.empty(), openReads);
    }

    private static List<byte[]> bytes(Optional<List<String>> keys) {
        return keys.orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public boolean hasKeys() {
        return !writerKeys.isEmpty() || !operatorKeys.isEmpty();
    }

    public boolean hasOperatorKeys() {
        return !operatorKeys.isEmpty();
    }

    /** The role of a caller presenting {@code key} (or none). */
    public Role role(Optional<String> presentedKey, boolean loopback) {
        if (!hasKeys()) {
            return loopback ? Role.OPERATOR : Role.NONE;
        }
        if (presentedKey.filter(k -> known(operatorKeys, k)).isPresent()) {
            return Role.OPERATOR;
        }
        return presentedKey.filter(k -> known(writerKeys, k)).isPresent() ? Role.WRITER : Role.NONE;
    }

    /** Whether a request may be made at all: reads per configuration, writes with any valid key. */
    public Decision decide(String method, Optional<String> presentedKey, boolean loopback) {
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        if (!write && openReads) {
            return Decision.ALLOW;
        }
        return role(presentedKey, loopback) == Role.NONE ? Decision.UNAUTHORIZED : Decision.ALLOW;
    }

    /** Whether an operator action ({@link OperatorOnly}) may be done, whatever its method. */
    public Decision decideOperation(Optional<String> presentedKey, boolean loopback) {
        return switch (role(presentedKey, loopback)) {
            case OPERATOR -> Decision.ALLOW;
            case WRITER -> Decision.FORBIDDEN;
            case NONE -> Decision.UNAUTHORIZED;
        };
    }

    /** Constant-time comparison against every key of one kind. */
    private static boolean known(List<byte[]> keys, String presented) {
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
