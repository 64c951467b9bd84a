package org.econfacts.fact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.econfacts.testing.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What analysts do with stored facts: filter by entity and category, aggregate, chart, export.
 * One bilingual article of our own, with a fresh nonce so it is new on every run and every store.
 */
@QuarkusTest
class FactAnalyticsTest {

    private long documentId;

    @BeforeEach
    void storeABilingualArticle() {
        Readiness.awaitLoadedModels();
        String text = "Dispatch " + UUID.randomUUID() + "\n"
                + "In 2019, trade between Kazakhstan and China reached 80 billion yuan ($11.6 billion), up 12 percent year-on-year.\n"
                + "2019年，哈薩克斯坦與中國貿易額達800億元，同比增長12.4%。\n"
                + "In 2020, trade between Kazakhstan and China reached 90 billion yuan, up 12.5 percent year-on-year.\n"
                + "2020年，哈薩克斯坦與中國貿易額達900億元，同比增長12.5%。\n"
                + "Some 25 companies from Kazakhstan opened offices in the city.\n"
                + "哈薩克斯坦約25家企業在該市設立辦事處。\n";
        documentId = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2021-03-01"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Map<String, Object>> facts(String query) {
        return given().get("/api/v1/facts?size=200&documentId=" + documentId + "&" + query)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void factsKnowTheirEntitiesCategoriesAndLinks() {
        List<Map<String, Object>> all = facts("sort=start");
        Map<String, Object> yuan = all.stream().filter(f -> "80 billion yuan".equals(f.get("text"))).findFirst().orElseThrow();
        Map<String, Object> dollars = all.stream().filter(f -> "$11.6 billion".equals(f.get("text"))).findFirst().orElseThrow();
        Map<String, Object> growth = all.stream().filter(f -> "12 percent".equals(f.get("text"))).findFirst().orElseThrow();
        assertThat(yuan.get("category")).isEqualTo("TRADE");
        assertThat(String.valueOf(yuan.get("subject"))).contains("trade");
        List<Object> names = ((List<?>) yuan.get("entities")).stream().map(e -> (Object) ((Map<?, ?>) e).get("name")).toList();
        assertThat(names).contains("Kazakhstan", "China");
        assertThat(((Number) dollars.get("equivalentOf")).longValue()).isEqualTo(((Number) yuan.get("id")).longValue());
        assertThat(((Number) dollars.get("exchangeRate")).doubleValue()).isBetween(6.89, 6.90);
        assertThat(((Number) growth.get("changeOf")).longValue()).isEqualTo(((Number) yuan.get("id")).longValue());
        assertThat(growth.get("category")).isEqualTo("GROWTH_RATE");
    }

    @Test
    void filtersByEntityCategoryAndDiscrepancy() {
        assertThat(facts("entity=kazakhstan&kind=MONEY")).extracting(f -> f.get("text"))
                .contains("80 billion yuan", "800億元", "90 billion yuan", "900億元");
        assertThat(facts("entity=哈薩克斯坦&category=ORGANIZATION_COUNT")).extracting(f -> f.get("text"))
                .containsExactlyInAnyOrder("Some 25 companies", "約25家");
        assertThat(facts("category=GROWTH_RATE&change=INCREASE")).hasSize(4);
        // 12 vs 12.4 disagree, and the dollar amount has no Chinese twin; 12.5 vs 12.5 agree
        assertThat(facts("hasDiscrepancy=true")).extracting(f -> f.get("text"))
                .contains("12 percent", "12.4%", "$11.6 billion").doesNotContain("12.5 percent", "12.5%");
        given().get("/api/v1/documents/" + documentId + "/discrepancies").then().statusCode(200)
                .body("find { it.reasons.contains('VALUE') }.english.text", equalTo("12 percent"))
                .body("find { it.reasons.contains('NO_TWIN') }.english.text", equalTo("$11.6 billion"));
        given().get("/api/v1/entities?q=kazakh").then().statusCode(200)
                .body("find { it.name == 'Kazakhstan' }.type", equalTo("LOCATION"));
    }

    @Test
    void summariesAddOnlyLikeUnitsAndChartsFollowThePeriods() {
        given().get("/api/v1/facts/summary?groupBy=category,currency&kind=MONEY&documentId=" + documentId)
                .then().statusCode(200)
                .body("groups.find { it.key.currency == 'CNY' }.sum", equalTo(340000000000L))
                .body("groups.find { it.key.currency == 'CNY' }.count", equalTo(4))
                .body("groups.find { it.key.currency == 'CNY' }.latest.period", equalTo("2020"))
                .body("groups.find { it.key.currency == 'USD' }.sum", equalTo(11600000000L));
        given().get("/api/v1/facts/summary?groupBy=language&kind=PERCENT&documentId=" + documentId)
                .then().statusCode(200).body("groups[0].sum", equalTo(null));
        given().get("/api/v1/facts/timeseries?granularity=year&currency=CNY&language=en&documentId=" + documentId)
                .then().statusCode(200)
                .body("points.period", equalTo(List.of("2019", "2020")))
                .body("points.sum", equalTo(List.of(80000000000L, 90000000000L)));
        given().get("/api/v1/facts/summary?groupBy=colour").then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().get("/api/v1/facts/timeseries?granularity=week").then().statusCode(400)
                .body("errors[0].field", equalTo("granularity"));
    }

    @Test
    void aRangeIsOneFactWithAnUpperBoundAndCountsOnce() {
        String text = "Note " + UUID.randomUUID() + "\nThe port authority will spend $US410 million to $US455 million"
                + " on new berths in 2022, while tolls are set to rise between 3.5 and 4 pct.";
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2021-03-01"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> facts = given().get("/api/v1/facts?sort=start&documentId=" + id)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(facts).extracting(f -> f.get("text")).containsExactly("$US410 million", "$US455 million", "3.5", "4 pct");
        assertThat(((Number) facts.get(0).get("valueMax")).longValue()).isEqualTo(455_000_000L);
        assertThat(((Number) facts.get(1).get("rangeOf")).longValue()).isEqualTo(((Number) facts.get(0).get("id")).longValue());
        assertThat(((Number) facts.get(2).get("valueMax")).doubleValue()).isEqualTo(4.0);
        assertThat(facts.get(1).get("valueMax")).isNull();
        assertThat(facts.get(0).get("rangeOf")).isNull();
        given().get("/api/v1/facts/summary?groupBy=currency&kind=MONEY&documentId=" + id).then().statusCode(200)
                .body("groups[0].count", equalTo(1)).body("groups[0].sum", equalTo(410000000));
    }

    @Test
    void periodSelectsTheFactsBehindOneTimeseriesPoint() {
        // 2020 holds the 90 billion yuan of both languages, not 2019's figures nor facts without a period
        assertThat(facts("currency=CNY&period=2020")).extracting(f -> f.get("text"))
                .containsExactlyInAnyOrder("90 billion yuan", "900億元");
        assertThat(facts("currency=CNY&period=2020-H1")).isEmpty();
    }

    @Test
    void exportsStreamEveryMatchAsCsvOrJsonLines() {
        String csv = given().accept("text/csv").get("/api/v1/facts?documentId=" + documentId + "&sort=start")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("id,documentId,kind,value,unit,approximation,");
        assertThat(lines[0]).endsWith(",sentenceEnd,valueMax,rangeOf,statisticId");
        assertThat(lines).hasSize(1 + facts("").size());
        assertThat(csv).contains(",80000000000,CNY,EXACT,");
        String jsonl = given().get("/api/v1/facts?format=jsonl&kind=MONEY&documentId=" + documentId)
                .then().statusCode(200).extract().asString();
        assertThat(jsonl.strip().split("\n")).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
        given().get("/api/v1/facts?format=xml").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }
}
