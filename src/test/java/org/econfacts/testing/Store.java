package org.econfacts.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * For {@code @QuarkusTest}s whose assertions are about the whole store (what a dashboard opens to, the
 * sum of a year): the test application shares one database with every other test class, and the order
 * in which Surefire runs the classes differs between machines, so such a test first empties the store
 * through the API, as an operator would.
 */
public final class Store {
    private Store() {}

    /** Deletes every stored document (and so every fact), then checks that none is left. */
    public static void empty() {
        for (int round = 0; round < 1_000; round++) {
            List<Long> ids = given().queryParam("size", 200).get("/api/v1/documents")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                int status = given().delete("/api/v1/documents/" + id).statusCode();
                assertThat(status).as("deleting document %d", id).isIn(204, 404);
            }
        }
        assertThat(given().get("/api/v1/documents").then().statusCode(200).extract().jsonPath().getLong("total"))
                .as("documents left after emptying the store").isZero();
        assertThat(given().get("/api/v1/facts?size=1").then().statusCode(200).extract().jsonPath().getLong("total"))
                .as("facts left after emptying the store").isZero();
    }
}
