package org.econfacts.statistic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.econfacts.testing.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One statistic, many reports, over HTTP and the real store (H2 here, PostgreSQL in CI): three articles report a
 * year's exports (two within rounding of each other, one not), a fourth the next year's, two more revise a third
 * year. The year is drawn at random so that a store that keeps data between runs still holds only this run's.
 */
@QuarkusTest
class StatisticResourceTest {

    /** The year of this run's articles, posted once (before the first test, when the test server is up). */
    private static int year;

    @BeforeEach
    void postTheArticlesOnce() {
        if (year != 0) {
            return;
        }
        Readiness.awaitLoadedModels();
        year = ThreadLocalRandom.current().nextInt(1901, 1990);
        post(year + 1 + "-01-20", "Bhutan's exports reached $9.87 billion in " + year + ", the finance ministry said.");
        post(year + 1 + "-01-21", "Bhutan's exports stood at $12.4 billion in " + year + ", a trade group estimated.");
        post(year + 1 + "-01-22", "Bhutan's exports were $9.9 billion in " + year + ".");
        post(year + 2 + "-01-20", "Bhutan's exports reached $10.3 billion in " + (year + 1) + ".");
        post(year + 4 + "-01-10", "Bhutan's exports were $11.0 billion in " + (year + 3) + ", early data showed.");
        post(year + 4 + "-03-10", "Bhutan's exports were $11.6 billion in " + (year + 3) + ", final data showed.");
    }

    private static void post(String publishedAt, String text) {
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", publishedAt))
                .post("/api/v1/documents").then().statusCode(201);
    }

    private List<Map<String, Object>> statistics(String query) {
        return given().get("/api/v1/statistics?entity=Bhutan&currency=USD&" + query)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private Map<String, Object> of(String period) {
        List<Map<String, Object>> found = statistics("period=" + period);
        assertThat(found).as("statistics of %s", period).hasSize(1);
        return found.get(0);
    }

    @Test
    void threeReportsOfOneYearAreOneStatisticInConflictAndTheNextYearAnother() {
        Map<String, Object> first = of(String.valueOf(year));
        assertThat(first.get("reports")).isEqualTo(3);
        assertThat(first.get("documents")).isEqualTo(3);
        assertThat(first.get("status")).isEqualTo("CONFLICT");
        assertThat(first.get("conflict")).isEqualTo(true);
        assertThat(((List<?>) first.get("values"))).hasSize(2);
        Map<String, Object> next = of(String.valueOf(year + 1));
        assertThat(next.get("reports")).isEqualTo(1);
        assertThat(next.get("status")).isEqualTo("AGREED");
        assertThat(statistics("from=" + year + "-01-01&to=" + (year + 1) + "-12-31")).hasSize(2);
        assertThat(statistics("from=" + year + "-01-01&to=" + (year + 1) + "-12-31&conflict=true"))
                .extracting(s -> s.get("id")).containsExactly(first.get("id"));
    }

    @Test
    void aLaterPublicationRevisesTheValue() {
        Map<String, Object> revised = of(String.valueOf(year + 3));
        assertThat(revised.get("status")).isEqualTo("REVISED");
        assertThat(((Number) revised.get("value")).longValue()).isEqualTo(11_600_000_000L);
        assertThat(statistics("from=" + (year + 3) + "-01-01&to=" + (year + 3) + "-12-31&revised=true")).hasSize(1);
    }

    @Test
    void aStatisticListsItsReportsAndItsFactsNameIt() {
        Map<String, Object> first = of(String.valueOf(year));
        String id = (String) first.get("id");
        List<Map<String, Object>> reports = given().get("/api/v1/statistics/" + id).then().statusCode(200)
                .body("statistic.id", equalTo(first.get("id")))
                .extract().jsonPath().getList("reports");
        assertThat(reports).extracting(r -> r.get("text")).containsExactly("$9.87 billion", "$12.4 billion", "$9.9 billion");
        assertThat(reports).extracting(r -> r.get("agrees")).containsExactly(true, false, true);
        List<Map<String, Object>> facts = given().get("/api/v1/facts?entity=Bhutan&period=" + year)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(facts).hasSize(3).allSatisfy(f -> assertThat(f.get("statisticId")).isEqualTo(id));
        given().get("/api/v1/statistics/0123456789abcdef0123456789abcdef").then().statusCode(404);
        given().get("/api/v1/statistics/not-an-id").then().statusCode(404);
    }

    @Test
    void theTimeSeriesCountsEachStatisticOnce() {
        String range = "&from=" + year + "-01-01&to=" + (year + 1) + "-12-31";
        given().get("/api/v1/facts/timeseries?granularity=year&entity=Bhutan&currency=USD" + range).then().statusCode(200)
                .body("points.count", equalTo(List.of(3, 1)));
        given().get("/api/v1/statistics/timeseries?granularity=year&entity=Bhutan&currency=USD" + range).then().statusCode(200)
                .body("points.period", equalTo(List.of(String.valueOf(year), String.valueOf(year + 1))))
                .body("points.count", equalTo(List.of(1, 1)))
                .body("points.sum", equalTo(List.of(9900000000L, 10300000000L)));
        given().get("/api/v1/statistics?conflict=maybe").then().statusCode(400).body("errors[0].field", equalTo("conflict"));
        given().get("/api/v1/statistics?sort=colour").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
