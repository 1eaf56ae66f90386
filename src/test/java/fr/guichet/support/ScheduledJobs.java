package fr.guichet.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test help for jobs that run under a ShedLock lock. */
public final class ScheduledJobs {

    private ScheduledJobs() {}

    /**
     * Ends a job's lock now, so that a test can tick the job by hand although an earlier tick took the lock a moment
     * ago (it holds it for a minimum time). The row is kept: ShedLock remembers the rows it created and only updates
     * them afterwards. Jobs never run on their own in tests ({@code guichet.scheduling.enabled=false}).
     */
    public static void releaseLock(JdbcClient jdbc, String name) {
        jdbc.sql("UPDATE shedlock SET lock_until = TIMESTAMP '2000-01-01 00:00:00' WHERE name = :name")
                .param("name", name)
                .update();
    }
}
