package org.econfacts.fact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fact search through the API: every filter and sort key against one known document. */
@QuarkusTest
class FactResourceTest {

    private long documentId;

    @BeforeEach
    void storeOneArticle() {
        String text = "Bulletin " + UUID.randomUUID() + ".\n"
                + "In 2020, exports of the province reached 50.9 billion yuan, up 15 percent year-on-year.\n"
                + "In the first half of this year, the group sold more than 4,000 trucks and earned $120 million.";
        documentId = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2021-08-27"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Map<String, Object>> search(String query) {
        return given().get("/api/v1/facts?documentId=" + documentId + "&" + query)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<Object> field(List<Map<String, Object>> facts, String name) {
        return facts.stream().map(f -> f.get(name)).toList();
    }

    @Test
    void filtersByKindCurrencyAndLanguage() {
        assertThat(field(search("kind=MONEY"), "unit")).containsExactlyInAnyOrder("CNY", "USD");
        assertThat(field(search("currency=cny"), "text")).containsExactly("50.9 billion yuan");
        assertThat(field(search("kind=percent"), "text")).containsExactly("15 percent");
        assertThat(search("language=en")).hasSize(search("").size());
        assertThat(search("language=zh-Hant")).isEmpty();
    }

    @Test
    void filtersByPeriodOverlapAndValueRange() {
        assertThat(field(search("from=2021-01-01&to=2021-03-31&kind=MONEY"), "unit")).containsExactly("USD");
        assertThat(field(search("to=2020-12-31&kind=MONEY"), "unit")).containsExactly("CNY");
        assertThat(field(search("minValue=1000000000"), "text")).containsExactly("50.9 billion yuan");
        assertThat(field(search("maxValue=20&kind=PERCENT"), "text")).containsExactly("15 percent");
    }

    @Test
    void searchesTextAndSortsAndPages() {
        assertThat(field(search("q=TRUCKS"), "kind")).contains("COUNT").doesNotContain("PERCENT");
        List<Object> values = field(search("kind=MONEY&sort=-value"), "unit");
        assertThat(values).containsExactly("CNY", "USD");
        given().get("/api/v1/facts?documentId=" + documentId + "&size=1&page=1&sort=start").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", equalTo(search("").size()));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        for (String bad : List.of("kind=WEIGHT", "currency=dollars", "from=yesterday", "minValue=lots",
                "sort=amount;drop", "size=0", "page=-1", "language=fr", "documentId=x")) {
            String param = bad.substring(0, bad.indexOf('='));
            given().get("/api/v1/facts?" + bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(param));
        }
    }
}
