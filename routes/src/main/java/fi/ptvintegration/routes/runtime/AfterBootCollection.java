package fi.ptvintegration.routes.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.apache.karaf.features.BootFinished;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once Karaf has installed every boot feature (it then registers {@link BootFinished}), asks the
 * JVM for one full collection, so that a node just started gives the installation's garbage back
 * to the operating system at once. Without it the heap the boot grew stays committed until G1's
 * periodic collection finds the node idle for 15 s ({@code bin/setenv}): a first boot held
 * 425-525 MB 20 s after it was ready and 391-397 MB 30 s later (docs/BENCHMARKS.md, section 13).
 * Runs on a thread of its own; nothing waits for it. A JVM started with
 * {@code -XX:+DisableExplicitGC} ignores it.
 */
@Component(immediate = true)
public class AfterBootCollection {

    private static final Logger LOG = LoggerFactory.getLogger(AfterBootCollection.class);

    /** Present once the boot features are installed: this component starts only then. */
    @Reference
    private BootFinished bootFinished;

    @Activate
    void activate() {
        Thread collector = new Thread(AfterBootCollection::collect, "ptv-after-boot-collection");
        collector.setDaemon(true);
        collector.start();
    }

    private static void collect() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getCommitted();
        System.gc();
        long after = memory.getHeapMemoryUsage().getCommitted();
        LOG.info("Boot finished: one full collection after the boot's installation (heap committed {} MB -> {} MB)",
                before >> 20, after >> 20);
    }
}
