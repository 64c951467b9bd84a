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
}
