package fi.ptvintegration.ptv.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the PTV simulator until the process is stopped.
 *
 * <pre>
 * java -jar ptv-simulator-VERSION-runnable.jar [--port 8282] [--latency-ms 0] [--require-token]
 * </pre>
 */
public final class PtvSimulatorMain {

    private PtvSimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = 8282;
        int latency = 0;
        boolean requireToken = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--latency-ms" -> latency = Integer.parseInt(args[++i]);
                case "--require-token" -> requireToken = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --port N, --latency-ms N, --require-token");
            }
        }
        PtvSimulator simulator = PtvSimulator.start(port, requireToken);
        simulator.items().setLatencyMillis(latency);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "ptv-simulator-stop"));
        System.out.println("PTV simulator listening on " + simulator.baseUrl() + " (login: " + simulator.tokenUrl()
                + ", latency " + latency + " ms, token " + (requireToken ? "required" : "optional") + ")");
        new CountDownLatch(1).await();
    }
}
