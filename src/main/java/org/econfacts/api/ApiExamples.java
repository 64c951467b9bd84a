package org.econfacts.api;

/** Example payloads for the OpenAPI document (our own sentences). */
public final class ApiExamples {
    private ApiExamples() {}

    public static final String DOCUMENT_REQUEST = """
            {
              "text": "In the first half of this year, the port handled 1.2 million TEU, up 8.5 percent year-on-year.\\n今年上半年，該港口完成集裝箱吞吐量120萬標箱，同比增長8.5%。",
              "title": "Port throughput",
              "publishedAt": "2021-08-27"
            }""";

    public static final String FACT = """
            {
              "id": 51, "documentId": 1, "kind": "MONEY", "value": 50900000000, "unit": "CNY",
              "approximation": "EXACT", "change": null,
              "period": {"start": "2020-01-01", "end": "2020-12-31", "label": "2020"},
              "subject": null, "text": "50.9 billion yuan", "start": 4616, "end": 4633,
              "sentence": "In 2020, trade between the two reached 50.9 billion yuan.", "language": "en",
              "rule": "money: amount + currency word"
            }""";

    public static final String DOCUMENT_VIEW = """
            {
              "id": 1, "title": "Port throughput", "url": null, "publishedAt": "2021-08-27",
              "referenceDate": "2021-08-27", "language": "en+zh-Hant", "createdAt": "2021-08-27T10:00:00Z",
              "text": "...", "facts": [ """ + FACT + """
             ]
            }""";

    public static final String FACT_PAGE = "{\"items\": [" + FACT + "], \"page\": 0, \"size\": 50, \"total\": 1, \"totalExact\": true}";

    public static final String SUMMARY = """
            {"groupBy": ["category", "currency"], "groups": [
              {"key": {"category": "TRADE", "currency": "CNY"}, "kind": "MONEY", "unit": "CNY", "count": 2,
               "sum": 101800000000, "min": 50900000000, "max": 50900000000,
               "latest": {"period": "2020", "value": 50900000000, "factId": 28}}]}""";

    public static final String TIMESERIES = """
            {"granularity": "year", "points": [
              {"period": "2020", "start": "2020-01-01", "end": "2020-12-31", "kind": "MONEY", "unit": "CNY",
               "count": 1, "sum": 50900000000, "min": 50900000000, "max": 50900000000}]}""";

    public static final String STATISTIC_PAGE = """
            {"items": [{"id": "b2f0e5c4a1d94c7e8a3b6d2f1e0c9a87", "kind": "MONEY", "unit": "CNY", "category": "TRADE",
              "subject": "foreign trade", "entities": ["China"],
              "period": {"start": "2021-01-01", "end": "2021-06-30", "label": "2021-H1"}, "change": false, "basis": null,
              "value": 18070000000000, "status": "AGREED", "conflict": false, "revised": false, "reports": 3,
              "documents": 3, "firstPublished": "2021-07-13", "lastPublished": "2021-07-14",
              "values": [18070000000000]}],
             "page": 0, "size": 20, "total": 1, "totalExact": true}""";

    public static final String STATISTIC = """
            {"statistic": {"id": "5f0c2a7e91d34b6a8e1f0a2b3c4d5e6f", "kind": "QUANTITY", "unit": "kg", "category": "OUTPUT",
              "subject": "tea production", "entities": ["Kenya"],
              "period": {"start": "2020-01-01", "end": "2020-12-31", "label": "2020"}, "change": false, "basis": null,
              "value": 570000000, "status": "CONFLICT", "conflict": true, "revised": false, "reports": 3, "documents": 3,
              "firstPublished": "2021-01-20", "lastPublished": "2021-01-25", "values": [569500000, 612000000]},
             "reports": [
              {"factId": 10, "documentId": 4, "documentTitle": "Tea board", "publishedAt": "2021-01-20",
               "value": 569500000, "text": "569.5 million kilograms", "sentence": "Kenya's tea production reached 569.5 million kilograms in 2020, the tea board said.",
               "language": "en", "agrees": true},
              {"factId": 14, "documentId": 5, "documentTitle": "Growers", "publishedAt": "2021-01-22",
               "value": 612000000, "text": "612 million kilograms", "sentence": "Kenya's tea production was 612 million kilograms in 2020, a trade group estimated.",
               "language": "en", "agrees": false}]}""";
}
