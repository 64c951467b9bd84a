package org.econfacts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.econfacts.api.AccessPolicy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {

    private static Optional<String> key(String k) {
        return k == null || k.equals("-") ? Optional.empty() : Optional.of(k);
    }

    @ParameterizedTest(name = "{0} with key {1}, loopback {2} -> {3}")
    @CsvSource({
        "GET,    -,      false, ALLOW",
        "POST,   -,      false, UNAUTHORIZED",
        "POST,   wrong,  true,  UNAUTHORIZED",
        "POST,   s3cret, false, ALLOW",
        "DELETE, -,      true,  UNAUTHORIZED",
        "DELETE, other2, false, ALLOW",
    })
    void writesNeedAConfiguredKey(String method, String presented, boolean loopback, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.of(List.of("s3cret", " other2 ")), true);
        assertThat(policy.decide(method, key(presented), loopback)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "no keys: {0}, loopback {1} -> {2}")
    @CsvSource({"POST, true, ALLOW", "POST, false, UNAUTHORIZED", "GET, false, ALLOW"})
    void withoutKeysOnlyLocalClientsWrite(String method, boolean loopback, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.empty(), true);
        assertThat(policy.decide(method, Optional.empty(), loopback)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "closed reads: GET with {0} -> {1}")
    @CsvSource({"-, UNAUTHORIZED", "s3cret, ALLOW"})
    void readsCanBeClosed(String presented, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.of(List.of("s3cret")), false);
        assertThat(policy.decide("GET", key(presented), true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "X-API-Key {0}, Authorization {1} -> {2}")
    @CsvSource({"k1, , k1", ", Bearer k2, k2", ", bearer k3, k3", ", Basic abc, -", ", , -"})
    void readsTheKeyFromEitherHeader(String apiKey, String authorization, String expected) {
        assertThat(AccessPolicy.presented(apiKey, authorization)).isEqualTo(key(expected));
    }

    @ParameterizedTest(name = "operator action with key {0}, loopback {1} -> {2}")
    @CsvSource({
        "-,        true,  UNAUTHORIZED",
        "wrong,    false, UNAUTHORIZED",
        "s3cret,   false, FORBIDDEN",
        "s3cret,   true,  FORBIDDEN",
        "op-key,   false, ALLOW",
    })
    void operatorActionsNeedAnOperatorKey(String presented, boolean loopback, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.of(List.of("s3cret")), Optional.of(List.of("op-key")), true);
        assertThat(policy.decideOperation(key(presented), loopback)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "operator key on {0} -> {1}")
    @CsvSource({"POST, ALLOW", "DELETE, ALLOW", "GET, ALLOW"})
    void anOperatorKeyIsAlsoAWriterKey(String method, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.of(List.of("s3cret")), Optional.of(List.of("op-key")), false);
        assertThat(policy.decide(method, key("op-key"), false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "only writer keys: operator action with {0} -> {1}")
    @CsvSource({"s3cret, FORBIDDEN", "-, UNAUTHORIZED"})
    void withoutOperatorKeysNobodyOperates(String presented, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.of(List.of("s3cret")), Optional.empty(), true);
        assertThat(policy.decideOperation(key(presented), true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "no keys: operator action from loopback {0} -> {1}")
    @CsvSource({"true, ALLOW", "false, UNAUTHORIZED"})
    void withoutKeysLocalClientsOperate(boolean loopback, Decision expected) {
        AccessPolicy policy = new AccessPolicy(Optional.empty(), Optional.empty(), true);
        assertThat(policy.decideOperation(Optional.empty(), loopback)).isEqualTo(expected);
    }
}
