package org.econfacts.ingest;

import java.util.List;
import org.econfacts.fact.FactView;

/**
 * What the facts topic carries for each article read from Kafka, keyed by the document id:
 * the stored document's id, the facts as the API returns them, and whether this delivery stored the
 * document ({@code created}) or found it stored already (a redelivery; consumers dedupe by id).
 *
 * @param articleKey the key of the article message, so a producer can match its input
 * @param instance   the econfacts instance that read it ({@code econfacts.kafka.instance-id})
 */
public record FactsMessage(long documentId, String articleKey, boolean created, String instance, List<FactView> facts) {}
