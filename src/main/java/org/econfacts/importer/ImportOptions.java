package org.econfacts.importer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The importer's command line, checked: where the articles are and where they go (REST or Kafka).
 *
 * @param source     a folder of .txt/.json articles, or a JSON Lines file (one article per line)
 * @param url        base URL of the service (REST mode), e.g. http://localhost:8080
 * @param kafka      bootstrap servers (Kafka mode); exactly one of url and kafka is set
 * @param partitions when set, the topic is created with that many partitions if it does not exist
 */
public record ImportOptions(Path source, Optional<URI> url, Optional<String> apiKey, Optional<String> kafka,
        String topic, Optional<Integer> partitions, int workers) {

    static final String USAGE = """
            usage: importer SOURCE (--url URL [--api-key KEY] | --kafka BOOTSTRAP [--topic T] [--partitions P]) [--workers N]
              SOURCE            a folder of .txt / .json articles (searched recursively) or a .jsonl file
              --url URL         post each article to URL/api/v1/documents (stored 201, already stored 200 = skipped)
              --api-key KEY     sent as X-API-Key (or set ECONFACTS_API_KEY)
              --kafka SERVERS   produce each article onto the topic instead (the service instances read it)
              --topic T         topic for --kafka (default econfacts.articles)
              --partitions P    create the topic with P partitions if it does not exist
              --workers N       parallel workers (default 4)
            """;

    public ImportOptions {
        if (url.isPresent() == kafka.isPresent()) {
            throw new IllegalArgumentException("give exactly one of --url and --kafka");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("--workers must be at least 1");
        }
        partitions.ifPresent(p -> {
            if (p < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1");
            }
        });
    }

    static ImportOptions parse(String[] args) {
        Path source = null;
        URI url = null;
        String apiKey = System.getenv("ECONFACTS_API_KEY");
        String kafka = null;
        String topic = "econfacts.articles";
        Integer partitions = null;
        int workers = 4;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--url" -> url = URI.create(value(args, ++i, a).replaceAll("/+$", ""));
                case "--api-key" -> apiKey = value(args, ++i, a);
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--topic" -> topic = value(args, ++i, a);
                case "--partitions" -> partitions = number(value(args, ++i, a), a);
                case "--workers" -> workers = number(value(args, ++i, a), a);
                default -> {
                    if (a.startsWith("--") || source != null) {
                        throw new IllegalArgumentException("unexpected argument " + a);
                    }
                    source = Path.of(a);
                }
            }
        }
        if (source == null) {
            throw new IllegalArgumentException("no SOURCE given");
        }
        return new ImportOptions(source, Optional.ofNullable(url), Optional.ofNullable(apiKey), Optional.ofNullable(kafka),
                topic, Optional.ofNullable(partitions), workers);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + s);
        }
    }
}
