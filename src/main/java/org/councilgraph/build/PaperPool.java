package org.councilgraph.build;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The worker threads that analyse papers, and the time limit on each paper.
 *
 * <p>A paper's clock starts when its work says so, once the worker's own setup is done (its CoreNLP
 * pipeline loaded, seconds the first time: the worker's cost, not the paper's); work that never starts
 * its clock (an unchanged paper, whose hash alone is read) is not timed. A paper over its limit is
 * interrupted; the stages stop at their next check, and the worker takes the next paper. A regular
 * expression that backtracks without bound never checks: a worker still matching one {@link #GRACE}
 * after the interrupt is stopped outright ({@link Thread#stop}, the one way Java has to end such a
 * match; only a worker inside {@code java.util.regex}, whose matcher state is its own, is stopped).
 * A paper whose work still does not end has its worker abandoned (a daemon thread), the papers queued
 * behind it going to fresh workers, so one runaway paper never holds up the rest.
 * Threads are kept across builds: each holds its own CoreNLP pipeline, loaded once.
 */
public final class PaperPool implements AutoCloseable {
    /** How long a paper's work has to stop once interrupted before its worker is given up. */
    static final Duration GRACE = Duration.ofSeconds(2);
    /** How many times a worker still inside a match is told to stop before it is given up. */
    private static final int STOP_TRIES = 3;

    private final int workers;
    private ExecutorService pool;

    public PaperPool(int workers) {
        this.workers = Math.max(1, workers);
    }

    public int workers() {
        return workers;
    }

    /** One paper's work, queued or running. */
    public static final class Job<T> {
        private final Function<Runnable, T> work;
        private volatile Future<T> future;
        private volatile long started;
        private volatile Thread runner;
        private final CountDownLatch ended = new CountDownLatch(1);

        private Job(Function<Runnable, T> work) {
            this.work = work;
        }

        private T run() {
            runner = Thread.currentThread();
            try {
                return work.apply(() -> started = System.nanoTime());
            } finally {
                runner = null;
                ended.countDown();
            }
        }

        /** True once its work has returned or thrown (false while it runs on, and for a job never started). */
        public boolean ended() {
            return ended.getCount() == 0;
        }
    }

    /** What became of a job: its value, or over its time (and then whether its work stopped). */
    public record Outcome<T>(T value, boolean timedOut, boolean stopped) {
    }

    /**
     * Queues {@code work}; it is given a runnable that starts the paper's clock (call it when the
     * worker's own setup is done; a second call starts it again).
     */
    public <T> Job<T> submit(Function<Runnable, T> work) {
        Job<T> job = new Job<>(work);
        job.future = pool().submit(job::run);
        return job;
    }

    /**
     * Waits for {@code job}, no longer than {@code limit} from its start. Over the limit, the job is
     * interrupted and waited for up to {@link #GRACE}; {@code behind} (jobs queued after it) move to a
     * fresh pool if its worker could not be got back.
     */
    public <T> Outcome<T> await(Job<T> job, Duration limit, Iterable<Job<T>> behind)
            throws ExecutionException, InterruptedException {
        long max = limit.toNanos();
        while (true) {
            long start = job.started;
            long left = start == 0 ? max : max - (System.nanoTime() - start);
            // not started: queued, or its worker still setting up; look again in a second
            if (left <= 0 && !job.future.isDone()) {
                break;
            }
            try {
                // started: wait out what is left of its time
                return new Outcome<>(job.future.get(start == 0 ? Math.min(left, 1_000_000_000L) : Math.max(1, left),
                        TimeUnit.NANOSECONDS), false, true);
            } catch (TimeoutException e) {
                // loop: either it has started now, or its time is up
            }
        }
        job.future.cancel(true);
        boolean stopped = job.ended.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        // a stop is not always taken at once by a thread deep in a match: asked again while it is still matching
        for (int tries = 0; !stopped && tries < STOP_TRIES && stopMatching(job); tries++) {
            stopped = job.ended.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!stopped) {
            abandon(behind);
        }
        return new Outcome<>(null, true, stopped);
    }

    /** Stops the job's worker if it is inside a regular expression match; true if it was told to stop. */
    @SuppressWarnings("removal")
    private static boolean stopMatching(Job<?> job) {
        Thread t = job.runner;
        if (t == null || job.ended() || !matching(t.getStackTrace())) {
            return false;
        }
        try {
            t.stop(); // a ThreadDeath unwinds the match and the paper's work; the pool's thread lives on
            return true;
        } catch (UnsupportedOperationException e) {
            return false; // a Java without Thread.stop: the worker is abandoned instead
        }
    }

    /** True when the innermost frames are the regex engine's. */
    static boolean matching(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(stack.length, 8); i++) {
            if (stack[i].getClassName().startsWith("java.util.regex.")) {
                return true;
            }
        }
        return false;
    }

    /** The pool's threads are busy with a paper that will not stop: the papers still queued go to new ones. */
    private synchronized <T> void abandon(Iterable<Job<T>> behind) {
        if (pool != null) {
            pool.shutdown(); // its running papers finish; the stuck one's daemon thread is given up
            pool = null;
        }
        for (Job<T> j : behind) {
            if (j.runner == null && !j.ended() && j.future.cancel(false)) {
                j.future = pool().submit(j::run);
            }
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "councilgraph-worker");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Stops what is running and lets the threads (and their pipelines) go. */
    public synchronized void cancelAll(Iterable<? extends Job<?>> jobs) {
        for (Job<?> j : jobs) {
            if (j != null && j.future != null) {
                j.future.cancel(true);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}
