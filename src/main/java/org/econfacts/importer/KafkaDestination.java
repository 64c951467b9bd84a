package org.econfacts.importer;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces each article onto the articles topic, keyed by its id, and waits for the broker's
 * acknowledgement (acks=all, idempotent producer). Whether an article is new is decided later by the
 * service instances (by hash), so every article counts as sent; re-running only costs a hash lookup.
 */
final class KafkaDestination implements Destination {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    KafkaDestination(String bootstrap, String topic, Optional<Integer> partitions) throws InterruptedException {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "econfacts-importer");
        if (partitions.isPresent()) {
            createIfMissing(p, partitions.get());
        }
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
    }

    private void createIfMissing(Properties p, int partitions) throws InterruptedException {
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get();
            if (!existing.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
                System.err.printf("created topic %s with %d partitions%n", topic, partitions);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public Outcome send(Article article) throws InterruptedException {
        try {
            producer.send(new ProducerRecord<>(topic, article.id(), article.json())).get();
            return Outcome.SENT;
        } catch (ExecutionException e) {
            return Outcome.failed("Kafka: " + e.getCause().getMessage());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
