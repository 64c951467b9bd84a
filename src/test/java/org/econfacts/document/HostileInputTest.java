package org.econfacts.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API-level fuzz suite: what a hostile client tried (issue 13), each answered with a 4xx
 * problem+json naming the parameter, or with output that grows linearly with the input.
 */
@QuarkusTest
class HostileInputTest {

    @Inject
    EntityManager em;

    static String nonce() {
        return "Report " + UUID.randomUUID() + ". ";
    }

    static io.restassured.response.ValidatableResponse problem(Response r, int status, String field) {
        var v = DocumentResourceTest.problem(r, status);
        return field == null ? v : v.body("errors[0].field", equalTo(field));
    }

    static long post(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // row 1 ----------------------------------------------------------------------------------------
    /** Every fact used to carry its whole sentence: 300 figures in one 7.8 KB sentence answered 2.4 MB. */
    @Test
    void oneLongSentenceWithManyFiguresIsStoredAndAnsweredInLinearSize() {
        String text = nonce() + "up 5 percent year-on-year ".repeat(300);
        Response r = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/documents");
        r.then().statusCode(201);
        long id = r.jsonPath().getLong("id");
        List<Map<String, Object>> facts = r.jsonPath().getList("facts");
        assertThat(facts).hasSizeGreaterThanOrEqualTo(300);
        for (Map<String, Object> f : facts) {
            String sentence = (String) f.get("sentence");
            assertThat(sentence.length()).isLessThanOrEqualTo(202);
            int start = (Integer) f.get("sentenceStart");
            int end = (Integer) f.get("sentenceEnd");
            assertThat(start).isLessThanOrEqualTo((Integer) f.get("start"));
            assertThat(end).isGreaterThanOrEqualTo((Integer) f.get("end"));
            assertThat(text.substring(start, end)).contains(sentence.replace("…", ""));
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select sum(length(f.sentence)) from Fact f where f.documentId = :id", Long.class)
                .setParameter("id", id).getSingleResult());
        assertThat(stored).isLessThan(text.length() * 10L);
        // a fact's JSON is ~700 bytes whatever its sentence, so the answer is linear: twice the figures, twice the size
        int half = answerSize("/api/v1/documents", 150);
        int full = answerSize("/api/v1/documents", 300);
        assertThat((double) full / half).isLessThan(2.3);
        assertThat(given().get("/api/v1/documents/" + id).asByteArray().length).isLessThan(text.length() * 40);
    }

    @Test
    void previewOfALongSentenceIsLinearToo() {
        int small = answerSize("/api/v1/extract", 300);
        int large = answerSize("/api/v1/extract", 700);
        assertThat((double) large / small).isLessThan(700 / 300.0 * 1.15);
        assertThat(large).isLessThan(700 * 26 * 40);
    }

    private static int answerSize(String path, int repeats) {
        String text = nonce() + "up 5 percent year-on-year ".repeat(repeats);
        Response r = given().contentType(ContentType.JSON).body(Map.of("text", text)).post(path);
        assertThat(r.statusCode()).isIn(200, 201);
        assertThat(r.jsonPath().getList("facts")).hasSizeGreaterThanOrEqualTo(repeats);
        return r.asByteArray().length;
    }

    // row 3 ----------------------------------------------------------------------------------------
    @Test
    void publicationDatesMustBePlainDatesInASaneRange() {
        long before = DocumentResourceTest.totalDocuments();
        String text = nonce() + "Exports rose 3 percent.";
        String tooLate = LocalDate.now(ZoneOffset.UTC).plusYears(2).toString();
        for (String bad : List.of("\"+999999999-12-31\"", "20210101", "[2021,2,28]", "\"2021-02-28T10:00:00Z\"",
                "\"1799-12-31\"", "\"" + tooLate + "\"", "\"2021-2-28\"", "\"-2021-02-28\"", "true", "{}")) {
            problem(given().contentType(ContentType.JSON)
                    .body("{\"text\": \"" + text + "\", \"publishedAt\": " + bad + "}").post("/api/v1/documents"),
                    400, "publishedAt");
        }
        assertThat(DocumentResourceTest.totalDocuments()).isEqualTo(before);
        given().contentType(ContentType.JSON).body("{\"text\": \"" + text + "\", \"publishedAt\": \"1800-01-01\"}")
                .post("/api/v1/documents").then().statusCode(201).body("publishedAt", equalTo("1800-01-01"));
    }

    // row 4 ----------------------------------------------------------------------------------------
    @Test
    void extremeDateFiltersAreRefused() {
        for (String path : List.of("/api/v1/facts?from=%2B999999999-12-31", "/api/v1/facts?to=%2B999999999-12-31",
                "/api/v1/documents?from=%2B999999999-12-31", "/api/v1/facts/summary?groupBy=kind&from=-0001-01-01",
                "/api/v1/facts/timeseries?to=20210101")) {
            String field = path.substring(path.lastIndexOf('&') > 0 ? path.lastIndexOf('&') + 1 : path.indexOf('?') + 1,
                    path.lastIndexOf('='));
            problem(given().urlEncodingEnabled(false).get(path), 400, field);
        }
    }

    // rows 5 and 7 -----------------------------------------------------------------------------------
    @Test
    void outlandishQueryParametersAreProblemsNamingThem() {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("/api/v1/facts?page=10737419&size=200", "page");
        bad.put("/api/v1/documents?page=10737419&size=200", "page");
        bad.put("/api/v1/entities?page=10737419&size=200", "page");
        bad.put("/api/v1/facts?minValue=1e999999999", "minValue");
        bad.put("/api/v1/facts?maxValue=-1e999999999", "maxValue");
        bad.put("/api/v1/facts?minValue=1e99999999999", "minValue");
        bad.put("/api/v1/facts/summary?groupBy=,,,", "groupBy");
        bad.put("/api/v1/facts/summary?groupBy=kind&minValue=1e40", "minValue");
        bad.put("/api/v1/documents?size=abc", "size");
        bad.put("/api/v1/documents?page=99999999999", "page");
        bad.put("/api/v1/documents?page=abc", "page");
        bad.put("/api/v1/entities?size=abc", "size");
        bad.put("/api/v1/entities?page=-1", "page");
        bad.put("/api/v1/facts?page=99999999999", "page");
        bad.forEach((path, field) -> problem(given().urlEncodingEnabled(false).get(path), 400, field));
        given().get("/api/v1/facts?minValue=1e-999999999&maxValue=0.00000000000000000001&size=1").then().statusCode(200);
        given().get("/api/v1/facts?page=10737417&size=200").then().statusCode(200).body("items.size()", equalTo(0));
    }

    // row 6 ----------------------------------------------------------------------------------------
    @Test
    void csvExportWritesFormulasAsText() {
        String text = "=HYPERLINK(\"http://evil.example\",\"click\") " + UUID.randomUUID()
                + " exports rose 5 percent in 2020.\n+cmd|' /C calc'!A0 imports fell 3 percent.\n@SUM(1) sales reached $4 million.";
        long id = post(text);
        String csv = given().get("/api/v1/facts?format=csv&documentId=" + id).then().statusCode(200).extract().asString();
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows).hasSizeGreaterThan(3);
        for (List<String> row : rows.subList(1, rows.size())) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (!rows.get(0).get(c).equals("value") && !rows.get(0).get(c).equals("exchangeRate")) {
                    assertThat(cell).as(rows.get(0).get(c)).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@");
                }
            }
        }
        assertThat(csv).contains("'=HYPERLINK(");
    }

    // row 8 ----------------------------------------------------------------------------------------
    @Test
    void searchWildcardsAreTakenLiterally() {
        String marker = UUID.randomUUID().toString();
        long plain = post("Survey " + marker + ". Output rose 3 percent in May.");
        long percent = post("Survey " + marker + "-b. Prices rose 5% in May, and 40 stores opened.");
        for (String wildcard : List.of("%", "_", "%%", "!%")) {
            given().queryParam("q", wildcard).queryParam("documentId", plain).get("/api/v1/facts")
                    .then().statusCode(200).body("total", equalTo(0));
            given().queryParam("subject", wildcard).queryParam("documentId", plain).get("/api/v1/facts")
                    .then().statusCode(200).body("total", equalTo(0));
        }
        assertThat(given().queryParam("q", "5%").queryParam("documentId", percent).get("/api/v1/facts")
                .then().statusCode(200).extract().jsonPath().getInt("total")).isPositive();
        given().queryParam("q", "5%").queryParam("documentId", plain).get("/api/v1/facts")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", marker + "%").get("/api/v1/documents").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", marker + "_b").get("/api/v1/documents").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", marker + "-b").get("/api/v1/documents").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("q", marker).get("/api/v1/documents").then().statusCode(200).body("total", equalTo(2));
        given().queryParam("q", "%%%").get("/api/v1/entities").then().statusCode(200).body("size()", equalTo(0));
    }

    // row 11 ---------------------------------------------------------------------------------------
    @Test
    void locationIsNotTakenFromTheHostHeader() {
        given().contentType(ContentType.JSON).header("Host", "evil.example")
                .body(Map.of("text", nonce() + "Exports rose 2 percent."))
                .post("/api/v1/documents").then().statusCode(201)
                .header("Location", startsWith("/api/v1/documents/"))
                .header("Location", not(org.hamcrest.Matchers.containsString("evil")));
        given().header("Host", "evil.example").post("/api/v1/documents/reextract").then().statusCode(202)
                .header("Location", startsWith("/api/v1/jobs/"));
    }

    // row 12 ---------------------------------------------------------------------------------------
    @Test
    void errorsBeforeRoutingAreProblemsToo() {
        problem(given().get("/api/v1/facts?q=" + "a".repeat(10_000)), 414, null);
        problem(given().get("/api/v1/documents?q=" + "a".repeat(9_000)), 414, null);
        given().get("/api/v1/facts?size=1&q=" + "a".repeat(8_000)).then().statusCode(200);
        // a target the HTTP layer cannot decode is refused there, before any handler of ours can run:
        // a bare 400 and the connection closed (README, Reliability), never a 500
        for (String target : List.of("/api/v1/documents/%zz", "/api/v1/facts?q=%zz")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
        }
    }

    /** One request written by hand (HTTP clients refuse to send a malformed target), the whole answer read. */
    private static String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // browser headers and CORS --------------------------------------------------------------------
    @Test
    void theDashboardIsHardenedForBrowsers() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/facts?size=1").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void otherOriginsAreNotAllowedByDefault() {
        for (String origin : List.of("https://evil.example", "null")) {
            Response r = given().header("Origin", origin).get("/api/v1/facts?size=1");
            assertThat(r.header("Access-Control-Allow-Origin")).isNull();
            Response pre = given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/documents");
            assertThat(pre.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    /** A small RFC 4180 reader for the export. */
    static final class Csv {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
