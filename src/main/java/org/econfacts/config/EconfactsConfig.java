package org.econfacts.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything econfacts owns in configuration, under {@code econfacts.*} (see application.properties). */
@ConfigMapping(prefix = "econfacts")
public interface EconfactsConfig {

    Limits limits();

    Nlp nlp();

    Extraction extraction();

    Security security();

    Kafka kafka();

    /**
     * Ingestion from Kafka (see README "Scaling out on Kafka"). The channels themselves are configured
     * under {@code mp.messaging.*} in application.properties and follow {@code enabled}.
     */
    interface Kafka {
        /** Read articles from the topic {@code econfacts.articles}; off, the service needs no broker. */
        @WithDefault("false")
        boolean enabled();

        /**
         * Names this instance: the Kafka {@code client.id} prefix, the log lines and the facts messages.
         * Give each instance its own; defaults to the host name.
         */
        @WithDefault("econfacts")
        String instanceId();
    }

    interface Security {
        /**
         * Writer keys: they may submit documents (POST), sent as {@code X-API-Key: <key>} or
         * {@code Authorization: Bearer <key>}. No key of either kind configured: only clients on this
         * machine may write, and they may do everything.
         */
        java.util.Optional<java.util.List<String>> apiKeys();

        /**
         * Operator keys: they may also delete and re-extract documents and start and read jobs, which a
         * writer key ({@link #apiKeys()}) may not (403). None configured while writer keys are: nobody may.
         */
        java.util.Optional<java.util.List<String>> operatorKeys();

        /** Whether reads (GET) need no key. */
        @WithDefault("true")
        boolean openReads();
    }

    interface Extraction {
        /** Threads that read documents; 0 means one per available core. */
        @WithDefault("0")
        int threads();

        /** Documents that may wait for a thread; more are refused with 429. */
        @WithDefault("32")
        int queue();

        /** Longest a document may take to read; longer gets 422 and nothing is stored. */
        @WithDefault("30s")
        java.time.Duration timeBudget();
    }

    interface Limits {
        /** Longest article text accepted, in characters; longer gets 413. */
        @WithDefault("500000")
        int maxTextLength();

        /** Largest page a listing returns. */
        @WithDefault("200")
        int maxPageSize();

        /** Page size when the caller gives none. */
        @WithDefault("50")
        int defaultPageSize();

        /**
         * A fact search counts its matches up to this many (or to the end of the page asked for, if that is further)
         * and beyond it answers that lower bound with {@code totalExact: false}: an exact count of a popular filter
         * over millions of facts costs far more than the page itself.
         */
        @WithDefault("10000")
        int maxExactTotal();

        /**
         * The same cap for a search with text ({@code q}, {@code subject}): each match there is found by reading the
         * fact itself (a substring test, or a trigram index and a recheck), not from an index alone, so counting costs
         * per match what a page of 50 costs in all.
         */
        @WithDefault("1000")
        int maxExactTotalText();
    }

    interface Nlp {
        /** Load the CoreNLP pipelines at start-up (true) or on the first request that needs them (false). */
        @WithDefault("true")
        boolean eager();

        /**
         * The CoreNLP pipelines to load at start-up. The language family of the first one ({@code en} for
         * {@code en}, {@code en-pos}, {@code en-entities}; {@code zh} for {@code zh-entities}) loads first,
         * its pipelines in parallel, and is warmed up; readiness is UP from then on. The other families
         * load in the background after it, and each serves once loaded.
         */
        @WithDefault("en,en-pos,en-entities,zh-entities")
        java.util.List<String> preload();

        /**
         * Longest a document waits for the models of its language while they load (never past its time
         * budget); then it is refused with 503 and {@code Retry-After}, and an extraction thread is free again.
         */
        @WithDefault("3s")
        java.time.Duration loadWait();

        /**
         * How long, at most, the built-in warm-up text of a language ({@code extraction/<family>/warmup.txt})
         * is run (ten passes, fewer when this time is up) once its models are loaded and before it counts
         * as warm: the first real documents then run on compiled code. 0 turns the warm-up off.
         */
        @WithDefault("3s")
        java.time.Duration warmup();
    }
}
