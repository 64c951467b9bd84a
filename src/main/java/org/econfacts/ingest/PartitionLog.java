package org.econfacts.ingest;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.econfacts.config.EconfactsConfig;

/**
 * Logs which article partitions this instance holds, at each rebalance: the line an operator (and
 * {@code .ci/scaleout}) reads to see how the work is split and when a dead instance's share moved.
 */
@ApplicationScoped
@Identifier("econfacts-partitions")
public class PartitionLog implements KafkaConsumerRebalanceListener {

    private final String instance;

    public PartitionLog(EconfactsConfig config) {
        this.instance = config.kafka().instanceId();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Log.infof("kafka instance=%s assigned %s; now holds %s", instance, names(partitions), names(consumer.assignment()));
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Log.infof("kafka instance=%s revoked %s", instance, names(partitions));
    }

    private static TreeSet<String> names(Collection<TopicPartition> partitions) {
        TreeSet<String> names = new TreeSet<>();
        partitions.forEach(p -> names.add(p.topic() + "-" + p.partition()));
        return names;
    }
}
