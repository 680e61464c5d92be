package org.litlod.publish;

import java.util.concurrent.CountDownLatch;
import org.litlod.model.Document;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Lexicon;

/**
 * The tagger of a lexicon, compiled on a thread of its own from the moment the pipeline is
 * assembled: compiling the default lexicon takes seconds, and meanwhile the rest of start-up
 * goes on (the shapes, the store and its text index, the first input files read and converted).
 * The first document to tag waits for it; what the compilation threw is thrown to every caller.
 */
final class CompilingTagger {
    private final CountDownLatch compiled = new CountDownLatch(1);
    private volatile Tagger tagger;
    private volatile Throwable failure;

    CompilingTagger(Lexicon lexicon) {
        Thread t = new Thread(() -> {
            try {
                tagger = Publishers.tagger(lexicon);
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                compiled.countDown();
            }
        }, "tagger-compile");
        t.setDaemon(true);
        t.start();
    }

    /** The document with its mentions found ({@link Tagger#tag}), once the tagger is compiled. */
    Document tag(Document d) {
        return tagger().tag(d);
    }

    /** The compiled tagger, waiting for it when need be (an interrupt is kept for later, not lost). */
    Tagger tagger() {
        boolean interrupted = false;
        while (compiled.getCount() > 0) {
            try {
                compiled.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return tagger;
    }
}
