package org.econfacts.statistic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.econfacts.extraction.ScriptFolder;

/** The statistic identity, built once from {@code statistic/measures.yaml}. */
@ApplicationScoped
public class StatisticBeans {

    @Produces
    @Singleton
    StatisticIdentity statisticIdentity(ScriptFolder folder) {
        return new StatisticIdentity(folder);
    }
}
