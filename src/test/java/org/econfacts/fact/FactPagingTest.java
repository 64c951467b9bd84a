package org.econfacts.fact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.econfacts.normalization.FigureKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Page totals are counted up to a cap (econfacts.limits.max-exact-total, or the end of the page asked for):
 * beyond it the total is that lower bound and totalExact is false. The repository takes the cap as an argument,
 * so a small one shows the behaviour on a handful of facts.
 */
@QuarkusTest
class FactPagingTest {

    @Inject
    FactRepository facts;

    private long documentId;

    @BeforeEach
    void storeFiveFigures() {
        String text = "Note " + UUID.randomUUID() + ".\n"
                + "In 2020, exports reached 10 billion yuan, imports 8 billion yuan, investment 3 billion yuan,"
                + " output 7 billion yuan and revenue 2 billion yuan.";
        documentId = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private PageView<Fact> page(int page, int size, int cap) {
        FactQuery q = new FactQuery(FigureKind.MONEY, null, null, null, documentId, null, null, null, null, null, null,
                null, null, null, null, null, null, page, size, Sort.by("id"));
        return QuarkusTransaction.requiringNew().call(() -> facts.search(q, cap));
    }

    @Test
    void totalsAreExactUpToTheCapAndALowerBoundBeyond() {
        assertThat(page(0, 200, 2).total()).isEqualTo(5); // a page that is not full is its own count
        assertThat(page(0, 200, 2).totalExact()).isTrue();

        PageView<Fact> capped = page(0, 2, 3);
        assertThat(capped.items()).hasSize(2);
        assertThat(capped.total()).isEqualTo(3);
        assertThat(capped.totalExact()).isFalse();

        PageView<Fact> counted = page(0, 2, 10);
        assertThat(counted.total()).isEqualTo(5);
        assertThat(counted.totalExact()).isTrue();

        // the count reaches at least the end of the page asked for: page 1 of 2 ends at 4, and there are more
        PageView<Fact> deep = page(1, 2, 1);
        assertThat(deep.items()).hasSize(2);
        assertThat(deep.total()).isEqualTo(4);
        assertThat(deep.totalExact()).isFalse();

        PageView<Fact> last = page(2, 2, 1);
        assertThat(last.items()).hasSize(1);
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.totalExact()).isTrue();

        PageView<Fact> beyond = page(3, 2, 1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(beyond.totalExact()).isTrue();
    }

    private PageView<Fact> byEntity(String entity, int page, int size, int cap) {
        FactQuery q = new FactQuery(null, null, null, null, null, null, null, null, null, null, null,
                entity, null, null, null, null, null, page, size, Sort.by("id"));
        return QuarkusTransaction.requiringNew().call(() -> facts.search(q, cap));
    }

    @Test
    void anEntityAloneIsCountedFromItsLookupKeys() {
        String text = "Wire " + UUID.randomUUID() + ".\nIn 2020, exports from Kazakhstan reached 9 billion yuan"
                + " and imports into Kazakhstan 4 billion yuan.";
        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(201);
        long seen = 0;
        for (int p = 0; ; p++) {
            int n = byEntity("kazakhstan", p, 200, Integer.MAX_VALUE - 1).items().size();
            seen += n;
            if (n < 200) {
                break;
            }
        }
        PageView<Fact> counted = byEntity("KAZAKHSTAN", 0, 1, 1_000_000);
        assertThat(counted.total()).isEqualTo(seen).isGreaterThanOrEqualTo(2);
        assertThat(counted.totalExact()).isTrue();
        PageView<Fact> capped = byEntity("Kazakhstan", 0, 1, 1);
        assertThat(capped.items()).hasSize(1);
        assertThat(capped.total()).isEqualTo(1);
        assertThat(capped.totalExact()).isFalse();
    }

    @Test
    void theApiSaysWhetherTheTotalIsExact() {
        given().get("/api/v1/facts?kind=MONEY&size=2&documentId=" + documentId).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(5)).body("totalExact", equalTo(true));
        given().get("/api/v1/documents?size=1").then().statusCode(200).body("totalExact", equalTo(true));
    }

    @Test
    void anEntityIsFoundByItsNameInAnyCase() {
        String text = "Brief " + UUID.randomUUID() + ".\nIn 2020, trade between Kazakhstan and China reached 80 billion yuan.";
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String name : List.of("Kazakhstan", "KAZAKHSTAN", "china")) {
            given().get("/api/v1/facts?documentId=" + id + "&entity=" + name).then().statusCode(200)
                    .body("items.text", equalTo(List.of("80 billion yuan")));
        }
        given().get("/api/v1/facts?documentId=" + id + "&entity=Atlantis").then().statusCode(200).body("total", equalTo(0));
    }
}
