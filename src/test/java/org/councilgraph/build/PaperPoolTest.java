package org.councilgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A paper over its time stops, whatever its work is doing: work that checks for interruption ends at
 * its next check; a regular expression backtracking without bound (which never checks) is stopped;
 * work that will not stop is left behind, and the papers queued after it are done by fresh workers.
 */
class PaperPoolTest {
    /** Backtracks for longer than any test runs: every way to take twelve a's out of sixty, none followed by b. */
    private static final Pattern CATASTROPHIC = Pattern.compile("(.*a){12}b");
    private static final String RUNAWAY_TEXT = "a".repeat(60);

    @Test
    void aPatternBacktrackingWithoutBoundIsStoppedAndTheWorkerTakesTheNextPaper() throws Exception {
        try (PaperPool pool = new PaperPool(1)) {
            PaperPool.Job<String> runaway = pool.submit(clock -> {
                clock.run();
                return CATASTROPHIC.matcher(RUNAWAY_TEXT).find() ? "matched" : "no";
            });
            PaperPool.Job<String> next = pool.submit(clock -> "next");
            long t0 = System.nanoTime();
            PaperPool.Outcome<String> o = pool.await(runaway, Duration.ofMillis(500), List.of(next));
            assertTrue(o.timedOut());
            assertTrue(o.stopped(), "its match was ended");
            assertTrue(runaway.ended(), "its worker has left it");
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(10).toNanos(), "within its time and a grace");
            assertEquals("next", pool.await(next, Duration.ofSeconds(30), List.of()).value(), "the same worker goes on");
        }
    }

    @Test
    void workThatChecksForInterruptionEndsAtItsNextCheck() throws Exception {
        try (PaperPool pool = new PaperPool(1)) {
            PaperPool.Job<String> slow = pool.submit(clock -> {
                clock.run();
                long n = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    n++;
                }
                return "interrupted after " + n;
            });
            PaperPool.Outcome<String> o = pool.await(slow, Duration.ofMillis(300), List.of());
            assertTrue(o.timedOut() && o.stopped());
            assertTrue(slow.ended());
        }
    }

    @Test
    void workThatWillNotStopIsLeftBehindAndThePapersQueuedAfterItAreDone() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        try (PaperPool pool = new PaperPool(1)) {
            PaperPool.Job<String> stuck = pool.submit(clock -> {
                clock.run();
                long n = 0;
                while (!release.get()) {
                    n++; // deaf to interrupts, and no pattern to stop
                }
                return "released after " + n;
            });
            List<PaperPool.Job<String>> behind = List.of(pool.submit(clock -> "one"), pool.submit(clock -> "two"));
            PaperPool.Outcome<String> o = pool.await(stuck, Duration.ofMillis(300), behind);
            assertTrue(o.timedOut());
            assertFalse(o.stopped(), "reported as not stopped");
            assertEquals("one", pool.await(behind.get(0), Duration.ofSeconds(30), List.of()).value());
            assertEquals("two", pool.await(behind.get(1), Duration.ofSeconds(30), List.of()).value());
        } finally {
            release.set(true);
        }
    }

    @Test
    void aWorkerIsTakenForAMatcherOnlyWhenTheEngineIsOnTopOfItsStack() {
        assertTrue(PaperPool.matching(new StackTraceElement[] {
            new StackTraceElement("java.util.regex.Pattern$Loop", "match", null, 1),
            new StackTraceElement("org.councilgraph.annotate.Westby", "find", null, 1)}));
        assertFalse(PaperPool.matching(new StackTraceElement[] {
            new StackTraceElement("org.councilgraph.annotate.Westby", "find", null, 1)}));
    }
}
