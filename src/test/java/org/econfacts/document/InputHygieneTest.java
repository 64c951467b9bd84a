package org.econfacts.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the service does with bytes that are not clean text: invalid UTF-8 and unpaired surrogates are
 * refused (400 problem+json, nothing stored); control characters are kept and skipped by extraction,
 * NUL stored as U+FFFD (PostgreSQL cannot hold it) so every span still points into the text as
 * submitted; HTML is accepted as submitted, not stripped, and read as text.
 */
@QuarkusTest
class InputHygieneTest {

    static long totalDocuments() {
        return given().get("/api/v1/documents?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    static byte[] bytes(String before, byte[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void invalidUtf8IsABadRequestAndStoresNothing() {
        long before = totalDocuments();
        String head = "{\"text\": \"Report " + UUID.randomUUID() + ": exports rose ";
        List<byte[]> broken = List.of(
                new byte[] {(byte) 0xff, (byte) 0xfe},          // never valid in UTF-8
                new byte[] {(byte) 0xc3, (byte) 0x28},          // start byte with no continuation
                new byte[] {(byte) 0x80},                       // lone continuation byte
                new byte[] {(byte) 0xe2, (byte) 0x82},          // truncated sequence
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // an encoded surrogate
                new byte[] {(byte) 0xc0, (byte) 0xaf},          // overlong "/" (two bytes)
                new byte[] {(byte) 0xc1, (byte) 0xbf},          // overlong U+007F
                new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, // overlong "/" (three bytes)
                new byte[] {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0xaf}, // overlong "/" (four bytes)
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // beyond U+10FFFF
        for (byte[] raw : broken) {
            given().contentType("application/json; charset=utf-8").body(bytes(head, raw, " 5 percent.\"}"))
                    .post("/api/v1/documents")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        assertThat(totalDocuments()).isEqualTo(before);
    }

    @Test
    void textOfOnlyInvisibleCharactersIsBlank() {
        long before = totalDocuments();
        for (String invisible : List.of("\u200b", "\ufeff", "\u200b\u200c\u200d\u2060", "\u00a0\u3000\u2003",
                "\u00ad\u200e\u200f", "\ufeff \u200b\n\t\u0000")) {
            given().contentType(ContentType.JSON).body(Map.of("text", invisible)).post("/api/v1/documents")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
            given().contentType(ContentType.JSON).body(Map.of("text", invisible)).post("/api/v1/extract")
                    .then().statusCode(400).body("errors[0].field", equalTo("text"));
        }
        assertThat(totalDocuments()).isEqualTo(before);
        // invisible characters around visible text are kept as submitted
        String text = "\ufeffReport " + UUID.randomUUID() + "\u200b: exports rose 5 percent.";
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/documents")
                .then().statusCode(201).body("text", equalTo(text));
    }

    @Test
    void unpairedSurrogateEscapesAreRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Report " + UUID.randomUUID() + " \\ud800: exports rose 5 percent.\"}")
                .post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
    }

    @Test
    void controlCharactersAreKeptAndSpansStillPointIntoTheSubmittedText() {
        String text = "Report \u0000" + UUID.randomUUID() + ".\u0007 In 2020,\u0000 exports\u001b reached 50.9 billion yuan,"
                + "\u0000 up 15 percent year-on-year.\u007f\n2020年\u0000出口509億元，同比增長15.3%。";
        JsonPath doc = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath();
        String stored = doc.getString("text");
        assertThat(stored).hasSameSizeAs(text).doesNotContain("\u0000").contains("\u0007", "\u001b", "\u007f");
        assertThat(stored.replace('\uFFFD', '\u0000')).isEqualTo(text);
        List<Map<String, Object>> facts = given().get("/api/v1/documents/" + doc.getLong("id") + "/facts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(facts).extracting(f -> f.get("text"))
                .contains("50.9 billion yuan", "15 percent", "509億元", "15.3%");
        for (Map<String, Object> f : facts) {
            int start = (Integer) f.get("start");
            int end = (Integer) f.get("end");
            assertThat(text.substring(start, end)).isEqualTo(f.get("text"));
        }
        // the same article again is the same document
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(200).body("id", equalTo(doc.getInt("id")));
    }

    @Test
    void htmlIsAcceptedAsSubmittedAndReadAsText() {
        String text = "<p>Report " + UUID.randomUUID() + ".</p>\n<p>In 2020, <b>exports</b> reached $7.86 billion, "
                + "up 15 percent.</p>";
        JsonPath doc = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath();
        assertThat(doc.getString("text")).isEqualTo(text);
        List<Map<String, Object>> facts = doc.getList("facts");
        assertThat(facts).extracting(f -> f.get("text")).contains("$7.86 billion", "15 percent");
        for (Map<String, Object> f : facts) {
            assertThat(text.substring((Integer) f.get("start"), (Integer) f.get("end"))).isEqualTo(f.get("text"));
        }
    }
}
