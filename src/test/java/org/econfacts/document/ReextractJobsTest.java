package org.econfacts.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finished jobs are kept in memory, bounded: the oldest are forgotten. */
class ReextractJobsTest {

    @Test
    void keepsOnlyTheMostRecentJobs() throws InterruptedException {
        DocumentService noDocuments = new DocumentService(null, null, null, null, null, null, null) {
            @Override
            public List<Long> allIds() {
                return List.of();
            }
        };
        ReextractJobs jobs = new ReextractJobs(noDocuments);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ReextractJobs.KEPT_JOBS + 5; i++) {
            long id = jobs.start().id();
            ids.add(id);
            for (int wait = 0; wait < 500 && !jobs.get(id).orElseThrow().status().equals("DONE"); wait++) {
                Thread.sleep(2);
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.subList(0, 5)).allSatisfy(id -> assertThat(jobs.get(id)).isEmpty());
        assertThat(ids.subList(5, ids.size())).allSatisfy(id -> assertThat(jobs.get(id)).isPresent());
        jobs.stop();
    }
}
