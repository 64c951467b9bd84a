package org.econfacts.fact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.econfacts.extraction.Category;
import org.econfacts.normalization.FigureKind;
import org.econfacts.testing.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rollups (V13, and by entity V14, {@link FactRollups}) say what the facts say: every summary (with each group's
 * latest fact) and time series the rollups answer equals the one added up from the facts, after documents are stored
 * (one by one and side by side), read again and deleted. Compared over the whole store, so what other tests stored
 * is checked too.
 */
@QuarkusTest
class FactRollupTest {

    @Inject
    FactAggregateRepository aggregates;

    @Inject
    EntityManager em;

    private static final String[] ARTICLES = {
        "Port of Lindqvist, %s.\nIn 2022 the port handled 41.5 million tonnes of cargo, up 6 percent year-on-year. "
                + "Its container trade reached 12.3 billion yuan in the first half of 2022, and 12.3 billion yuan again "
                + "in the second half. Exports rose 8-10 percent in 2022. Some 140 companies moved in during 2022.\n",
        "Harbour report %s.\n2023年上半年，該港進出口總額達186億元，同比增長9.1%%。其中出口額為98億元，進口額為88億元。"
                + "2023年，新增企業約320家。\n",
        "Northern Valley %s.\nIn March 2023, retail sales in Northern Valley rose 4.2 percent to 7.8 billion yuan. "
                + "Industrial output grew 5.5 percent in the first quarter of 2023. Investment reached $1.2 billion in 2023.\n",
        "Bilingual notice %s.\nIn 2021, exports of the province reached 50 billion yuan, up 12 percent.\n"
                + "2021年，該省出口額達500億元，同比增長12%%。\n",
        // a newer fact with an earlier period: the latest fact of a group is the one with the latest period
        "Eastfield Works report %s.\nIn 2023 Eastfield Works exported 90 million yuan of machinery. "
                + "In 2021 Eastfield Works exported 60 million yuan of machinery, and in 2022 it exported 70 million yuan.\n",
    };

    private static boolean stored;
    private static final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void storeArticles() {
        Readiness.awaitLoadedModels();
        if (!stored) {
            for (String article : ARTICLES) {
                ids.add(post(article));
            }
            stored = true;
        }
    }

    private static long post(String article) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", String.format(article, UUID.randomUUID()), "publishedAt", "2024-02-01"))
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static FactQuery query(FigureKind kind, String currency, String language, Category category,
            LocalDate from, LocalDate to) {
        return query(kind, currency, language, category, from, to, null);
    }

    private static FactQuery query(FigureKind kind, String currency, String language, Category category,
            LocalDate from, LocalDate to, String entity) {
        return new FactQuery(kind, currency, null, language, null, from, to, null, null, null, category, entity, null,
                null, null, null, null, 0, 50, Sort.by("id"));
    }

    /** The lookup keys the store holds most facts of, those of this test's documents, and one nobody named. */
    private List<String> entities() {
        List<String> out = new ArrayList<>(em.createQuery("select k.lookupKey from FactEntityKey k group by k.lookupKey"
                + " order by count(k) desc, k.lookupKey", String.class).setMaxResults(3).getResultList());
        for (String k : em.createQuery("select distinct k.lookupKey from FactEntityKey k where k.factId in"
                + " (select f.id from Fact f where f.documentId in :ids) order by k.lookupKey", String.class)
                .setParameter("ids", ids).getResultList()) {
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        assertThat(out).as("entities to filter by").isNotEmpty();
        out.add("nobody named this " + UUID.randomUUID());
        return out;
    }

    private static final List<List<String>> ENTITY_GROUPINGS = List.of(List.of("category", "currency"),
            List.of("category"), List.of("language", "kind"), List.of("kind", "unit", "language", "category"));

    private static final List<List<String>> GROUPINGS = List.of(List.of("category", "currency"), List.of("category"),
            List.of("language", "kind"), List.of("period"), List.of("category", "currency", "language", "period", "kind"));

    private static final List<FactQuery> QUERIES = List.of(
            query(null, null, null, null, null, null),
            query(FigureKind.MONEY, "CNY", null, null, null, null),
            query(null, null, "zh-Hant", null, null, null),
            query(null, null, null, Category.EXPORT, null, null),
            query(FigureKind.PERCENT, null, null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30)));

    /** Every grouping, filter and granularity, from the rollups and from the facts, in one transaction. */
    private void assertRollupsAgreeWithFacts() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (FactQuery q : QUERIES) {
                for (List<String> groupBy : GROUPINGS) {
                    assertThat(FactAggregateRepository.rollupsServe(groupBy, q)).isTrue();
                    assertThat(aggregates.summary(groupBy, q, 500, FactAggregateRepository.Source.ROLLUPS))
                            .as("summary by %s of %s", groupBy, q)
                            .isEqualTo(aggregates.summary(groupBy, q, 500, FactAggregateRepository.Source.FACTS));
                }
                for (String granularity : List.of("year", "half", "quarter", "month")) {
                    assertThat(aggregates.timeseries(granularity, q, true))
                            .as("%s time series of %s", granularity, q).isEqualTo(aggregates.timeseries(granularity, q, false));
                }
            }
            for (String entity : entities()) {
                for (FactQuery q : List.of(query(null, null, null, null, null, null, entity),
                        query(FigureKind.MONEY, "CNY", null, null, null, null, entity),
                        query(null, null, "en", Category.EXPORT, null, null, entity))) {
                    for (List<String> groupBy : ENTITY_GROUPINGS) {
                        assertThat(FactAggregateRepository.entityRollupsServe(groupBy, q)).isTrue();
                        assertThat(aggregates.summary(groupBy, q, 500, FactAggregateRepository.Source.ENTITY_ROLLUPS))
                                .as("summary by %s of %s", groupBy, q)
                                .isEqualTo(aggregates.summary(groupBy, q, 500, FactAggregateRepository.Source.FACTS));
                    }
                }
            }
        });
    }

    @Test
    void storedDocumentsAreInTheRollups() {
        assertRollupsAgreeWithFacts();
        List<SummaryView.Group> cny = QuarkusTransaction.requiringNew().call(() ->
                aggregates.summary(List.of("language"), query(FigureKind.MONEY, "CNY", null, null, null, null), 500));
        assertThat(cny).extracting(g -> g.key().get("language")).contains("en", "zh-Hant");
        assertThat(cny).allSatisfy(g -> assertThat(g.count()).isPositive());
    }

    @Test
    void readingAgainAndDeletingKeepTheRollupsInLine() {
        given().post("/api/v1/documents/" + ids.get(0) + "/reextract").then().statusCode(200);
        assertRollupsAgreeWithFacts();
        long extra = post(ARTICLES[2]);
        given().delete("/api/v1/documents/" + extra).then().statusCode(204);
        assertRollupsAgreeWithFacts();
        // the only document of a group gone: its rows go too, least and greatest recomputed from what remains
        long lone = post("Lone report %s.\nIn 1987 the island exported 3,321 tonnes of copra worth 77 million rupees.\n");
        given().delete("/api/v1/documents/" + lone).then().statusCode(204);
        assertRollupsAgreeWithFacts();
        assertThat(QuarkusTransaction.requiringNew().call(() -> aggregates.timeseries("year",
                query(null, null, null, null, LocalDate.of(1987, 1, 1), LocalDate.of(1987, 12, 31)), true))).isEmpty();
    }

    @Test
    void documentsStoredSideBySideAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> posts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String article = ARTICLES[i % ARTICLES.length];
                posts.add(pool.submit(() -> post(article)));
            }
            List<Long> posted = new ArrayList<>();
            for (Future<Long> p : posts) {
                posted.add(p.get());
            }
            assertRollupsAgreeWithFacts();
            List<Future<Integer>> deletes = new ArrayList<>();
            for (long id : posted.subList(0, 6)) {
                deletes.add(pool.submit(() -> given().delete("/api/v1/documents/" + id).statusCode()));
            }
            for (int i = 0; i < 6; i++) {
                posts.add(pool.submit(() -> post(ARTICLES[1])));
            }
            for (Future<Integer> d : deletes) {
                assertThat(d.get()).isEqualTo(204);
            }
            for (Future<Long> p : posts) {
                p.get();
            }
        } finally {
            pool.shutdown();
        }
        assertRollupsAgreeWithFacts();
    }

    @Test
    void anEntitySummaryIsTheEntitysShareOfTheFacts() {
        QuarkusTransaction.requiringNew().run(() -> {
            FactQuery all = query(null, null, null, null, null, null);
            FactQuery one = query(null, null, null, null, null, null, entities().get(0));
            long total = aggregates.summary(List.of("language"), all, 500).stream().mapToLong(SummaryView.Group::count).sum();
            List<SummaryView.Group> ofEntity = aggregates.summary(List.of("language"), one, 500);
            assertThat(ofEntity).isNotEmpty().allSatisfy(g -> assertThat(g.latest()).isNotNull());
            assertThat(ofEntity.stream().mapToLong(SummaryView.Group::count).sum()).isPositive().isLessThan(total);
        });
    }

    @Test
    void filtersTheRollupsDoNotHoldReadTheFacts() {
        FactQuery entity = query(null, null, null, null, null, null, "China");
        assertThat(FactAggregateRepository.rollupsServe(List.of("category"), entity)).isFalse();
        assertThat(FactAggregateRepository.entityRollupsServe(List.of("category"), entity)).isTrue();
        assertThat(FactAggregateRepository.entityRollupsServe(List.of("period"), entity)).isFalse();
        assertThat(FactAggregateRepository.entityRollupsServe(List.of("category"),
                query(null, null, null, null, LocalDate.of(2022, 1, 1), null, "China"))).isFalse();
        assertThat(FactAggregateRepository.entityRollupsServe(List.of("category"), query(null, null, null, null, null, null)))
                .isFalse();
        assertThat(FactAggregateRepository.rollupsServe(List.of("entity"), query(null, null, null, null, null, null))).isFalse();
        assertThat(FactAggregateRepository.rollupsServe(List.of("document"), query(null, null, null, null, null, null))).isFalse();
    }
}
