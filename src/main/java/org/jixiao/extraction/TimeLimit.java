package org.jixiao.extraction;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the libraries' reading of a file (PDFBox, POI) with a time limit: a damaged file can send them into
 * work without end, and a report must not hang the command or the upload. The work runs on its own daemon
 * thread; past the limit the caller gets an {@link ExtractionException} and the thread is interrupted and
 * left behind (the libraries do not stop for interrupts, which is why known causes are also refused before,
 * see {@link PdfReader}).
 */
final class TimeLimit {

    private TimeLimit() {
    }

    static <T> T run(String file, Duration limit, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "jixiao-extraction");
        worker.setDaemon(true);
        worker.start();
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
            throw new ExtractionException(file + "：无法读取（" + PdfReader.oneLine(cause) + "）", cause);
        }
    }
}
