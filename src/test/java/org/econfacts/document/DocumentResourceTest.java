package org.econfacts.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.econfacts.testing.Readiness;
import org.junit.jupiter.api.Test;

/**
 * The documents API end to end on the real pipeline and database (H2 here, PostgreSQL in CI's second
 * run). Texts carry a fresh nonce so the tests also hold on a database kept from an earlier run.
 */
@QuarkusTest
class DocumentResourceTest {

    static String nonce() {
        return "Report " + UUID.randomUUID() + ". ";
    }

    static Map<String, Object> article(String text) {
        return Map.of("text", text, "title", "test article", "publishedAt", "2021-08-27");
    }

    static long totalDocuments() {
        return given().get("/api/v1/documents?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void storesAnArticleWithItsFactsAndLocation() {
        String text = nonce() + "In 2020, Acme Motors invested $2.5 billion in new plants, up 12 percent year-on-year.";
        Response r = given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents");
        r.then().statusCode(201)
                .header("Location", containsString("/api/v1/documents/"))
                .body("id", notNullValue())
                .body("publishedAt", equalTo("2021-08-27"))
                .body("language", equalTo("en"));
        long id = r.jsonPath().getLong("id");
        List<Map<String, Object>> facts = r.jsonPath().getList("facts");
        Map<String, Object> money = facts.stream().filter(f -> "MONEY".equals(f.get("kind"))).findFirst().orElseThrow();
        assertThat(money.get("unit")).isEqualTo("USD");
        assertThat(((Number) money.get("value")).doubleValue()).isEqualTo(2.5e9);
        assertThat(money.get("text")).isEqualTo(text.substring((int) money.get("start"), (int) money.get("end")));
        assertThat(money.get("language")).isEqualTo("en");
        assertThat(((Map<?, ?>) money.get("period")).get("label")).isEqualTo("2020");

        given().get("/api/v1/documents/" + id).then().statusCode(200).body("facts.size()", equalTo(facts.size()));
        given().get("/api/v1/documents/" + id + "/facts").then().statusCode(200).body("size()", equalTo(facts.size()));
    }

    /**
     * The answer to a POST is built from the rows as written, not read back: it must be exactly what a later GET
     * returns, for a bilingual article with twins, an equivalent with its rate, changes, entities, and a sentence
     * holding a tab and a backslash (escaped in PostgreSQL's COPY).
     */
    @Test
    void theAnswerToAPostIsWhatALaterReadReturns() {
        Readiness.awaitLoadedModels();
        String text = nonce() + "\n"
                + "In 2019, trade between Kazakhstan and China reached 80 billion yuan ($11.6 billion), up 12 percent year-on-year.\n"
                + "2019年，哈薩克斯坦與中國貿易額達800億元，同比增長12.4%。\n"
                + "Exports\tof the C:\\plant rose 4.1 percent in March, Kazakhstan said.\n";
        Response posted = given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents");
        posted.then().statusCode(201);
        Map<String, Object> answer = posted.jsonPath().getMap("");
        long id = posted.jsonPath().getLong("id");
        Map<String, Object> read = given().get("/api/v1/documents/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(answer).isEqualTo(read);
        List<Map<String, Object>> facts = posted.jsonPath().getList("facts");
        assertThat(facts).extracting(f -> f.get("text")).contains("80 billion yuan", "$11.6 billion", "800億元", "4.1 percent");
        assertThat(facts).anySatisfy(f -> assertThat(f.get("twinId")).isNotNull());
        assertThat(facts).anySatisfy(f -> assertThat(f.get("exchangeRate")).isNotNull());
        assertThat(facts).anySatisfy(f -> assertThat(String.valueOf(f.get("sentence"))).contains("\tof the C:\\plant"));
    }

    @Test
    void repostingTheSameTextReturnsTheStoredDocument() {
        String text = nonce() + "Exports rose 4.1 percent in March.";
        long id = given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long before = totalDocuments();
        given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo((int) id));
        assertThat(totalDocuments()).isEqualTo(before);
    }

    @Test
    void previewExtractsWithoutStoring() {
        long before = totalDocuments();
        given().contentType(ContentType.JSON).body(article(nonce() + "Sales reached 3.2 million yuan."))
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("facts[0].kind", equalTo("MONEY"))
                .body("facts[0].unit", equalTo("CNY"));
        assertThat(totalDocuments()).isEqualTo(before);
    }

    @Test
    void invalidRequestsAreProblemsAndStoreNothing() {
        long before = totalDocuments();
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "  ")).post("/api/v1/documents"), 400)
                .body("errors[0].field", equalTo("text"));
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"abc\"").post("/api/v1/documents"), 400);
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"abc\", \"colour\": 1}").post("/api/v1/documents"), 400)
                .body("errors[0].field", equalTo("colour"));
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"abc\", \"publishedAt\": \"2021-13-01\"}")
                .post("/api/v1/documents"), 400).body("errors[0].field", equalTo("publishedAt"));
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"abc\", \"language\": \"fr\"}")
                .post("/api/v1/documents"), 400).body("errors[0].field", equalTo("language"));
        problem(given().contentType(ContentType.TEXT).body("Exports rose 4 percent.").post("/api/v1/documents"), 415);
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "9 ".repeat(15_000))).post("/api/v1/documents"), 413)
                .body("detail", containsString("limit"));
        assertThat(totalDocuments()).isEqualTo(before);
    }

    @Test
    void unknownIdsAreNotFoundAndBadIdsAreBadRequests() {
        problem(given().get("/api/v1/documents/987654321"), 404);
        problem(given().get("/api/v1/documents/987654321/facts"), 404);
        assertThat(given().get("/api/v1/documents/abc").statusCode()).isIn(400, 404);
    }

    @Test
    void listsDocumentsNewestFirstWithFactCounts() {
        String text = nonce() + "The fund manages 40 billion euros.";
        long id = given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/v1/documents?page=0&size=200").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.factCount", equalTo(1));
        problem(given().get("/api/v1/documents?size=100000"), 400).body("errors[0].field", equalTo("size"));
    }

    static io.restassured.response.ValidatableResponse problem(Response r, int status) {
        return r.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void searchesDeletesAndReadsDocumentsAgain() {
        String marker = UUID.randomUUID().toString();
        String text = "Survey " + marker + ". Output rose 3.5 percent in May, and 40 factories reopened.";
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Survey " + marker, "publishedAt", "2021-06-10"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/v1/documents?q=" + marker).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        given().get("/api/v1/documents?q=" + marker + "&from=2021-07-01").then().statusCode(200).body("total", equalTo(0));
        problem(given().get("/api/v1/documents?from=June"), 400).body("errors[0].field", equalTo("from"));

        int before = given().get("/api/v1/documents/" + id + "/facts").then().extract().jsonPath().getList("$").size();
        given().post("/api/v1/documents/" + id + "/reextract").then().statusCode(200)
                .body("id", equalTo((int) id)).body("facts.size()", equalTo(before));

        given().delete("/api/v1/documents/" + id).then().statusCode(204);
        problem(given().get("/api/v1/documents/" + id), 404);
        problem(given().delete("/api/v1/documents/" + id), 404);
        given().get("/api/v1/facts?documentId=" + id).then().statusCode(200).body("total", equalTo(0));
    }

    /**
     * Re-extractions that overlap used to each delete the old facts and insert their own, so a document
     * ended with several copies (issue 13 row 2). Many figures make each write long enough to overlap.
     */
    @Test
    void concurrentReextractionsOfOneDocumentLeaveOneSetOfFacts() throws Exception {
        StringBuilder text = new StringBuilder(nonce());
        for (int i = 0; i < 30; i++) {
            text.append("In ").append(2000 + i).append(", exports of district ").append(i).append(" reached ")
                    .append(10 + i).append(".5 billion yuan, up ").append(3 + i).append(" percent year-on-year. ");
        }
        long id = given().contentType(ContentType.JSON).body(article(text.toString())).post("/api/v1/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        int facts = given().get("/api/v1/documents/" + id + "/facts").then().extract().jsonPath().getList("$").size();
        assertThat(facts).isGreaterThanOrEqualTo(60);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 3; round++) {
                List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    calls.add(pool.submit(() -> given().post("/api/v1/documents/" + id + "/reextract").statusCode()));
                }
                String job = round == 0
                        ? given().post("/api/v1/documents/reextract").then().statusCode(202).extract().header("Location")
                        : null;
                for (var call : calls) {
                    assertThat(call.get()).isEqualTo(200);
                }
                for (int i = 0; job != null && i < 600 && given().get(job).jsonPath().getString("status").equals("RUNNING"); i++) {
                    Thread.sleep(200);
                }
                given().get("/api/v1/facts?documentId=" + id).then().statusCode(200).body("total", equalTo(facts));
            }
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/documents/" + id + "/facts").then().statusCode(200).body("size()", equalTo(facts));
    }

    @Test
    void reextractingEverythingIsAJobWithProgress() throws InterruptedException {
        given().contentType(ContentType.JSON).body(article(nonce() + "Imports fell 2 percent.")).post("/api/v1/documents")
                .then().statusCode(201);
        Response started = given().post("/api/v1/documents/reextract");
        started.then().statusCode(202).header("Location", containsString("/api/v1/jobs/")).body("type", equalTo("reextract"));
        String location = started.header("Location");
        String status = "RUNNING";
        for (int i = 0; i < 600 && status.equals("RUNNING"); i++) {
            Thread.sleep(200);
            status = given().get(location).then().statusCode(200).extract().jsonPath().getString("status");
        }
        given().get(location).then().body("status", equalTo("DONE")).body("failed", equalTo(0))
                .body("done", equalTo(given().get(location).jsonPath().getInt("total")));
        problem(given().get("/api/v1/jobs/987654"), 404);
    }
}
