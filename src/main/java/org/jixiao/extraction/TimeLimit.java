package org.jixiao.extraction;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the libraries' reading of a file (PDFBox, POI) with a time limit: a damaged file can send them into
 * work without end, and a report must not hang the command or the upload. The work runs on a daemon worker
 * thread; past the limit the caller gets an {@link ExtractionException} and the thread is interrupted and
 * left behind (the libraries do not stop for interrupts, which is why known causes are also refused before,
 * see {@link PdfReader}).
 */
final class TimeLimit {

    /** Daemon threads, kept for the next file: starting one per file costs more than reading a small text. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(work -> {
        Thread worker = new Thread(work, "jixiao-extraction");
        worker.setDaemon(true);
        return worker;
    });

    private TimeLimit() {
    }

    static <T> T run(String file, Duration limit, Callable<T> work) {
        Future<T> task = WORKERS.submit(work);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ExtractionException(file + "：读取超过 " + limit.toSeconds() + " 秒仍未完成，文件结构异常，已放弃");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(file + "：读取被中断");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw Damage.unreadable(file, cause);
        }
    }
}
